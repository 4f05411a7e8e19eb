import { isRecord } from '../import/readers/json-lines'
import { shorten } from '../import/warnings'
import { interchangeError } from './interchange-read'

/**
 * W3C Web Annotation files written by other tools: one Annotation, an AnnotationPage, or a collection that
 * does not carry the texts (Tessera's export carries them in `tessera:documents`). Their targets are web
 * pages, images and files on the web, which Tessera does not hold: such a file is refused naming its targets,
 * after the MUST rules of the model (https://www.w3.org/TR/annotation-model/, as the W3C test suite checks
 * them) are checked, so that an invalid annotation is refused for what is wrong with it.
 */

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
const TESSERA_DOCUMENT = 'urn:tessera:document:'
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s"<>\\^`{|}]*$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i
const COLLECTION_TYPES = ['Choice', 'Composite', 'List', 'Independents']
const MAX_PROBLEMS = 4

const isUri = (value: unknown): boolean => typeof value === 'string' && URI.test(value)
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value])
/** A value as the message quotes it; one nested too deep to print (JSON.stringify recurses) is named by its kind. */
function quoted(value: unknown): string {
  try {
    return shorten(JSON.stringify(value) ?? String(value), 60)
  } catch {
    return Array.isArray(value) ? '[a nested array]' : '{a nested object}'
  }
}

export function typesOf(value: Record<string, unknown>): string[] {
  return listOf(value.type).filter((t): t is string => typeof t === 'string')
}

/** The MUST rules an Annotation breaks, as short phrases; empty when it keeps them all. `topLevel`: it must carry its own @context. */
export function annotationProblems(annotation: Record<string, unknown>, topLevel: boolean): string[] {
  const problems: string[] = []
  if (topLevel && !listOf(annotation['@context']).includes(ANNO_CONTEXT)) problems.push(`its @context does not name ${ANNO_CONTEXT}`)
  if (Array.isArray(annotation.id) && annotation.id.length !== 1) problems.push(`it has ${annotation.id.length} ids, where an annotation has one`)
  else if (!isUri(listOf(annotation.id)[0])) problems.push(annotation.id === undefined ? 'it has no id' : `its id ${quoted(annotation.id)} is not a URI`)
  if (!typesOf(annotation).includes('Annotation')) problems.push(annotation.type === undefined ? 'it has no type (Annotation)' : `its type ${quoted(annotation.type)} is not Annotation`)
  if (annotation.target === undefined) problems.push('it has no target')
  else for (const target of listOf(annotation.target)) problems.push(...resourceProblems('target', target))
  if (annotation.body !== undefined && annotation.bodyValue !== undefined) problems.push('it has both body and bodyValue')
  if (annotation.bodyValue !== undefined && typeof annotation.bodyValue !== 'string') problems.push('its bodyValue is not one string')
  for (const body of listOf(annotation.body)) problems.push(...resourceProblems('body', body))
  for (const key of ['created', 'modified', 'generated']) {
    const value = annotation[key]
    if (value !== undefined && !(typeof value === 'string' && DATE_TIME.test(value))) problems.push(`its ${key} ${quoted(value)} is not one date-time`)
  }
  for (const key of ['rights', 'via']) for (const value of listOf(annotation[key])) if (!isUri(value)) problems.push(`its ${key} ${quoted(value)} is not a URI`)
  if (annotation.canonical !== undefined && !isUri(annotation.canonical)) problems.push(`its canonical ${quoted(annotation.canonical)} is not one URI`)
  for (const key of ['creator', 'generator']) {
    for (const agent of listOf(annotation[key])) if (!isUri(agent) && !isRecord(agent)) problems.push(`its ${key} ${quoted(agent)} is neither a URI nor an agent`)
  }
  return problems
}

function resourceProblems(role: 'body' | 'target', resource: unknown): string[] {
  if (typeof resource === 'string') return isUri(resource) ? [] : [`a ${role} ${quoted(resource)} is not a URI`]
  if (!isRecord(resource)) return [`a ${role} ${quoted(resource)} is neither a URI nor a resource`]
  const problems: string[] = []
  const types = typesOf(resource)
  if (resource.id !== undefined && !isUri(resource.id)) problems.push(`a ${role} id ${quoted(resource.id)} is not a URI`)
  const collections = types.filter((t) => COLLECTION_TYPES.includes(t))
  if (collections.length > 1) problems.push(`a ${role} is at once ${collections.join(' and ')}`)
  if (resource.items !== undefined && collections.length === 0) problems.push(`a ${role} has items but is no Choice, Composite, List or Independents`)
  if (types.includes('TextualBody') && typeof resource.value !== 'string') problems.push(`a TextualBody ${role} has no single string value`)
  const specific = types.includes('SpecificResource') || ['selector', 'state', 'styleClass', 'renderedVia', 'scope'].some((key) => key in resource)
  if (specific && resource.source === undefined) problems.push(`a ${role} SpecificResource has no source`)
  for (const selector of listOf(resource.selector)) {
    if (isRecord(selector) && typesOf(selector).includes('FragmentSelector') && typeof selector.value !== 'string') problems.push(`a ${role} FragmentSelector has no single string value`)
  }
  return problems
}

/**
 * The resources an annotation's targets point to (a URI, a resource's id, a SpecificResource's source), in order.
 * Walked with a stack of its own, not by recursion: a file may nest arrays 100,000 deep.
 */
export function targetSources(target: unknown): string[] {
  const found: string[] = []
  const pending: unknown[] = [target]
  while (pending.length > 0) {
    const next = pending.pop()
    if (typeof next === 'string') found.push(next)
    else if (Array.isArray(next)) for (let i = next.length - 1; i >= 0; i -= 1) pending.push(next[i])
    else if (!isRecord(next)) continue
    else if (next.source !== undefined) pending.push(isRecord(next.source) ? next.source.id : next.source)
    else if (Array.isArray(next.items)) pending.push(next.items)
    else if (typeof next.id === 'string') found.push(next.id)
  }
  return found
}

export const isTesseraDocument = (source: string): boolean => source.startsWith(TESSERA_DOCUMENT)

/** "http://a, http://b and 3 more". */
function listed(sources: string[]): string {
  const unique = [...new Set(sources)]
  const shown = unique.slice(0, 3).map((s) => shorten(s, 100))
  return unique.length > 3 ? `${shown.join(', ')} and ${unique.length - 3} more` : shown.join(', ')
}

const WHAT_TESSERA_READS =
  'Tessera annotates the texts of its own documents: import the page itself (saved as HTML, or its text) and annotate it there. The W3C files Tessera imports carry their texts, in tessera:documents, as its W3C export writes them.'

/** Why annotations with these targets cannot be imported: they point to web resources, or to Tessera texts the file does not carry. */
export function targetsRefusal(allSources: string[]): string {
  // Links between Tessera's own annotations point to annotations, not to texts.
  const sources = allSources.filter((s) => !s.startsWith('urn:tessera:annotation:'))
  if (sources.length === 0) return `they name no target Tessera could hold. ${WHAT_TESSERA_READS}`
  if (sources.every(isTesseraDocument)) return `they point to a text (${listed(sources)}) the file does not carry. ${WHAT_TESSERA_READS}`
  const web = sources.filter((s) => !isTesseraDocument(s))
  return `they point to ${web.length === 1 ? 'a web page or other web resource' : 'web pages or other web resources'} (${listed(web)}), not to a text Tessera holds. ${WHAT_TESSERA_READS}`
}

/** Refuses a single Annotation: for the MUST rules it breaks, else for its targets. */
export function refuseSingleAnnotation(fileName: string, annotation: Record<string, unknown>): never {
  const problems = annotationProblems(annotation, true)
  if (problems.length > 0) throw interchangeError(fileName, `is not a valid W3C Web Annotation: ${problems.slice(0, MAX_PROBLEMS).join('; ')}.`)
  const sources = targetSources(annotation.target)
  if (sources.length > 0 && sources.every(isTesseraDocument)) {
    throw interchangeError(fileName, `is a single W3C Web Annotation: it points to a text (${listed(sources)}) it does not carry. ${WHAT_TESSERA_READS}`)
  }
  throw interchangeError(fileName, `is a single W3C Web Annotation: ${targetsRefusal(sources).replace(/^they point/, 'it points')}`)
}

/** Refuses a page or collection of annotations without the texts: for an invalid annotation, else for its targets. */
export function refuseTextlessAnnotations(fileName: string, kind: string, items: unknown[]): never {
  const annotations = items.filter(isRecord)
  for (const [index, annotation] of annotations.entries()) {
    const problems = annotationProblems(annotation, false)
    if (problems.length > 0) throw interchangeError(fileName, `is not a valid ${kind}: its annotation ${index + 1} breaks the model: ${problems.slice(0, MAX_PROBLEMS).join('; ')}.`)
  }
  const sources = annotations.flatMap((a) => targetSources(a.target))
  throw interchangeError(fileName, `is a ${kind} of ${items.length} annotation(s) without the texts they annotate: ${targetsRefusal(sources)}`)
}
