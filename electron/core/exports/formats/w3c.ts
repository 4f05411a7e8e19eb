import type { EntityDirectory } from '../../entities/export-access'
import type { Annotation } from '../../shared/model/annotation'
import type { DocumentRecord } from '../../shared/model/document'
import type { Relation } from '../../shared/model/relation'
import type { ExportContext, FormatExporter } from '../../shared/exports/format-exporter'
import { inReadingOrder, offsetConverter, spanText } from '../spans'
import { w3cFieldAnnotations } from './document-field-export'

/** Terms of Tessera's own that the Web Annotation vocabulary has no word for. */
export const TESSERA_VOCABULARY = 'urn:tessera:vocab#'
export const W3C_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { tessera: TESSERA_VOCABULARY }]
const QUOTE_CONTEXT = 32

export const documentUri = (id: string): string => `urn:tessera:document:${encodeURIComponent(id)}`
export const annotationUri = (id: string): string => `urn:tessera:annotation:${encodeURIComponent(id)}`
export const collectionUri = (projectName: string): string => `urn:tessera:project:${encodeURIComponent(projectName)}`
/** The one page of a collection: Tessera writes every annotation into a single embedded page. */
export const pageUri = (collectionId: string): string => `${collectionId}#page1`
export const entityUri = (id: string): string => `urn:tessera:entity:${encodeURIComponent(id)}`

/**
 * One W3C Web Annotation `AnnotationCollection` (JSON-LD) for the project: every annotation targets its
 * document with a `TextPositionSelector` in code points (as the model requires) and a
 * `TextQuoteSelector`; bodies are the tag (`tagging`), the note (`commenting`), each attribute
 * (`describing`, typed value in `tessera:value`) and the entity link (an `identifying` SpecificResource
 * whose source is `urn:tessera:entity:<id>` with the entity's name as its label). Relations are `linking`
 * annotations targeting both annotations (from, then to; the type as a `tagging` body). Whole-article
 * labels are `classifying` annotations whose target is the document itself (document-field-export.ts). The project's
 * entities are in `tessera:entities` and the documents themselves (text and metadata) follow in
 * `tessera:documents` (each document's outlet as `outlet`: files before it wrote `source`, which the Web
 * Annotation context reads as a SpecificResource's source; both are read), so the file can be imported back whole.
 */
export const w3cFormat: FormatExporter = {
  format: 'w3c',
  multiFile: false,
  extension: 'jsonld',
  mimeType: 'application/ld+json',
  passes: 2,
  async *entries(context) {
    yield { name: 'export.jsonld', content: collection(context) }
  }
}

async function* collection(context: ExportContext): AsyncIterable<string> {
  const entities = await context.entities()
  const fields = context.documentFields ?? []
  const id = collectionUri(context.projectName)
  const head = JSON.stringify({
    '@context': W3C_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: context.projectName,
    'tessera:offsetUnit': 'codepoint',
    'tessera:tags': context.tags,
    ...(fields.length > 0 ? { 'tessera:documentFields': fields } : {}),
    'tessera:entities': entities.exported().map((entity) => ({ ...entity, id: entityUri(entity.id), 'tessera:id': entity.id })),
    'tessera:relationTypes': context.relationTypes ?? []
  })
  // The model requires an id on every AnnotationPage, the embedded one included (W3C test 5.2-pageIdValidated).
  yield `${head.slice(0, -1)},\n"first":{"id":${JSON.stringify(pageUri(id))},"type":"AnnotationPage","partOf":${JSON.stringify(id)},"startIndex":0,"items":[`
  let total = 0
  for await (const document of context.documents()) {
    const annotations = [
      ...annotationsOf(document, entities),
      ...document.relations.map((relation) => linkingAnnotation(relation, document)),
      ...((await context.crossRelationsFrom?.(document)) ?? []).map((relation) => ({
        ...linkingAnnotation(relation, document),
        'tessera:targetDocument': documentUri(relation.toDocumentId)
      })),
      ...w3cFieldAnnotations(document, fields, documentUri(document.id))
    ]
    for (const annotation of annotations) {
      yield `${total === 0 ? '' : ','}\n${JSON.stringify(annotation)}`
      total += 1
    }
  }
  yield `\n]},\n"total":${total},\n"tessera:documents":[`
  let first = true
  for await (const d of context.documents()) {
    const { id, title, source, author, date, url, language, status, text } = d
    yield `${first ? '' : ','}\n${JSON.stringify({ id: documentUri(id), 'tessera:id': id, title, outlet: source, author, date, url, language, status, text })}`
    first = false
  }
  yield '\n]}\n'
}

export function annotationsOf(document: DocumentRecord, entities: EntityDirectory): Record<string, unknown>[] {
  const convert = offsetConverter(document.text, 'codepoint')
  return inReadingOrder(document).map((a) => webAnnotation(document, a, convert, entities))
}

function webAnnotation(document: DocumentRecord, a: Annotation, convert: (offset: number) => number, entities: EntityDirectory): Record<string, unknown> {
  const codePoints = (from: number, to: number): string => document.text.slice(from, to)
  const prefixStart = backBy(document.text, a.start, QUOTE_CONTEXT)
  const suffixEnd = forwardBy(document.text, a.end, QUOTE_CONTEXT)
  const bodies: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'tagging', value: a.tag }]
  if (a.note) bodies.push({ type: 'TextualBody', purpose: 'commenting', value: a.note })
  for (const [name, value] of Object.entries(a.attributes)) {
    bodies.push({ type: 'TextualBody', purpose: 'describing', value: `${name}: ${String(value)}`, 'tessera:attribute': name, 'tessera:value': value })
  }
  const entity = entities.refOf(a)
  if (entity) bodies.push({ type: 'SpecificResource', purpose: 'identifying', source: { id: entityUri(entity.id), label: entity.name } })
  return {
    id: annotationUri(a.id),
    type: 'Annotation',
    motivation: 'tagging',
    created: a.createdAt,
    modified: a.updatedAt,
    ...(a.author ? { creator: { type: 'Person', name: a.author } } : {}),
    body: bodies,
    target: {
      source: documentUri(document.id),
      selector: [
        { type: 'TextPositionSelector', start: convert(a.start), end: convert(a.end) },
        { type: 'TextQuoteSelector', exact: spanText(document, a), prefix: codePoints(prefixStart, a.start), suffix: codePoints(a.end, suffixEnd) }
      ]
    }
  }
}

function linkingAnnotation(relation: Relation, document: DocumentRecord): Record<string, unknown> {
  return {
    id: annotationUri(relation.id),
    type: 'Annotation',
    motivation: 'linking',
    created: relation.createdAt,
    ...(relation.author ? { creator: { type: 'Person', name: relation.author } } : {}),
    'tessera:relationType': relation.type,
    'tessera:document': documentUri(document.id),
    body: { type: 'TextualBody', purpose: 'tagging', value: relation.type },
    target: [annotationUri(relation.from), annotationUri(relation.to)]
  }
}

/** `count` code points back from `offset` (UTF-16), never splitting a surrogate pair. */
function backBy(text: string, offset: number, count: number): number {
  let at = offset
  for (let n = 0; n < count && at > 0; n += 1) {
    const low = text.charCodeAt(at - 1)
    at -= low >= 0xdc00 && low <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff ? 2 : 1
  }
  return at
}

function forwardBy(text: string, offset: number, count: number): number {
  let at = offset
  for (let n = 0; n < count && at < text.length; n += 1) {
    const high = text.charCodeAt(at)
    at += high >= 0xd800 && high <= 0xdbff && at + 1 < text.length ? 2 : 1
  }
  return at
}
