import { isRecord } from '../import/readers/json-lines'
import { shorten } from '../import/warnings'
import { andList, semicolonList } from '../import/said-lists'
import { said, type Said, type SaidValue } from '../shared/i18n/said'
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
function quoted(value: unknown): SaidValue {
  try {
    return shorten(JSON.stringify(value) ?? String(value), 60)
  } catch {
    return said(Array.isArray(value) ? 'readers.w3c.nestedArray' : 'readers.w3c.nestedObject')
  }
}

export function typesOf(value: Record<string, unknown>): string[] {
  return listOf(value.type).filter((t): t is string => typeof t === 'string')
}

/** The MUST rules an Annotation breaks, as short phrases; empty when it keeps them all. `topLevel`: it must carry its own @context. */
export function annotationProblems(annotation: Record<string, unknown>, topLevel: boolean): Said[] {
  const problems: Said[] = []
  const notUri = (property: string, value: unknown): Said => said('readers.w3c.problem.notUri', { property, value: quoted(value) })
  if (topLevel && !listOf(annotation['@context']).includes(ANNO_CONTEXT)) problems.push(said('readers.w3c.problem.context', { context: ANNO_CONTEXT }))
  if (Array.isArray(annotation.id) && annotation.id.length !== 1) problems.push(said('readers.w3c.problem.ids', { count: annotation.id.length }))
  else if (!isUri(listOf(annotation.id)[0])) problems.push(annotation.id === undefined ? said('readers.w3c.problem.noId') : notUri('id', annotation.id))
  if (!typesOf(annotation).includes('Annotation')) {
    problems.push(annotation.type === undefined ? said('readers.w3c.problem.noType') : said('readers.w3c.problem.type', { value: quoted(annotation.type) }))
  }
  if (annotation.target === undefined) problems.push(said('readers.w3c.problem.noTarget'))
  else for (const target of listOf(annotation.target)) problems.push(...resourceProblems('target', target))
  if (annotation.body !== undefined && annotation.bodyValue !== undefined) problems.push(said('readers.w3c.problem.bodyAndBodyValue'))
  if (annotation.bodyValue !== undefined && typeof annotation.bodyValue !== 'string') problems.push(said('readers.w3c.problem.bodyValue'))
  for (const body of listOf(annotation.body)) problems.push(...resourceProblems('body', body))
  for (const key of ['created', 'modified', 'generated']) {
    const value = annotation[key]
    if (value !== undefined && !(typeof value === 'string' && DATE_TIME.test(value))) problems.push(said('readers.w3c.problem.dateTime', { property: key, value: quoted(value) }))
  }
  for (const key of ['rights', 'via']) for (const value of listOf(annotation[key])) if (!isUri(value)) problems.push(notUri(key, value))
  if (annotation.canonical !== undefined && !isUri(annotation.canonical)) problems.push(said('readers.w3c.problem.canonical', { value: quoted(annotation.canonical) }))
  for (const key of ['creator', 'generator']) {
    for (const agent of listOf(annotation[key])) if (!isUri(agent) && !isRecord(agent)) problems.push(said('readers.w3c.problem.agent', { property: key, value: quoted(agent) }))
  }
  return problems
}

function resourceProblems(role: 'body' | 'target', resource: unknown): Said[] {
  if (typeof resource === 'string') return isUri(resource) ? [] : [said('readers.w3c.problem.resourceNotUri', { role, value: quoted(resource) })]
  if (!isRecord(resource)) return [said('readers.w3c.problem.notResource', { role, value: quoted(resource) })]
  const problems: Said[] = []
  const types = typesOf(resource)
  if (resource.id !== undefined && !isUri(resource.id)) problems.push(said('readers.w3c.problem.resourceIdNotUri', { role, value: quoted(resource.id) }))
  // Once each: a file may repeat a type 100,000 times, and the message nests one level per item listed.
  const collections = COLLECTION_TYPES.filter((t) => types.includes(t))
  if (collections.length > 1) problems.push(said('readers.w3c.problem.severalCollections', { role, types: andList(collections) }))
  if (resource.items !== undefined && collections.length === 0) problems.push(said('readers.w3c.problem.itemsWithoutCollection', { role }))
  if (types.includes('TextualBody') && typeof resource.value !== 'string') problems.push(said('readers.w3c.problem.textualBody', { role }))
  const specific = types.includes('SpecificResource') || ['selector', 'state', 'styleClass', 'renderedVia', 'scope'].some((key) => key in resource)
  if (specific && resource.source === undefined) problems.push(said('readers.w3c.problem.noSource', { role }))
  for (const selector of listOf(resource.selector)) {
    if (isRecord(selector) && typesOf(selector).includes('FragmentSelector') && typeof selector.value !== 'string') problems.push(said('readers.w3c.problem.fragmentSelector', { role }))
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
function listed(sources: string[]): SaidValue {
  const unique = [...new Set(sources)]
  const shown = unique.slice(0, 3).map((s) => shorten(s, 100))
  return unique.length > 3 ? said('readers.listAndMore', { list: shown.join(', '), count: unique.length - 3 }) : shown.join(', ')
}

const WHAT_TESSERA_READS = said('readers.w3c.whatTesseraReads')

/**
 * Why annotations with these targets cannot be imported: they point to web resources, or to Tessera texts the file
 * does not carry. `single`: said of one annotation ("it points to"), else of several ("they point to").
 */
export function targetsRefusal(allSources: string[], single = false): Said {
  // Links between Tessera's own annotations point to annotations, not to texts.
  const sources = allSources.filter((s) => !s.startsWith('urn:tessera:annotation:'))
  if (sources.length === 0) return said('readers.w3c.refusal.noTarget', { reads: WHAT_TESSERA_READS })
  if (sources.every(isTesseraDocument)) return said('readers.w3c.refusal.textElsewhere', { sources: listed(sources), reads: WHAT_TESSERA_READS })
  const web = sources.filter((s) => !isTesseraDocument(s))
  return said('readers.w3c.refusal.web', { subject: single ? 'it' : 'they', count: web.length, sources: listed(web), reads: WHAT_TESSERA_READS })
}

/** Refuses a single Annotation: for the MUST rules it breaks, else for its targets. */
export function refuseSingleAnnotation(fileName: string, annotation: Record<string, unknown>): never {
  const problems = annotationProblems(annotation, true)
  if (problems.length > 0) throw interchangeError(fileName, said('readers.w3c.invalidAnnotation', { problems: semicolonList(problems.slice(0, MAX_PROBLEMS)) }))
  const sources = targetSources(annotation.target)
  if (sources.length > 0 && sources.every(isTesseraDocument)) {
    throw interchangeError(fileName, said('readers.w3c.singleTextElsewhere', { sources: listed(sources), reads: WHAT_TESSERA_READS }))
  }
  throw interchangeError(fileName, said('readers.w3c.single', { refusal: targetsRefusal(sources, true) }))
}

/** Refuses a page or collection of annotations without the texts: for an invalid annotation, else for its targets. */
export function refuseTextlessAnnotations(fileName: string, kind: string, items: unknown[]): never {
  const annotations = items.filter(isRecord)
  for (const [index, annotation] of annotations.entries()) {
    const problems = annotationProblems(annotation, false)
    if (problems.length > 0) {
      throw interchangeError(fileName, said('readers.w3c.invalidItem', { kind, index: index + 1, problems: semicolonList(problems.slice(0, MAX_PROBLEMS)) }))
    }
  }
  const sources = annotations.flatMap((a) => targetSources(a.target))
  throw interchangeError(fileName, said('readers.w3c.textless', { kind, count: items.length, refusal: targetsRefusal(sources) }))
}
