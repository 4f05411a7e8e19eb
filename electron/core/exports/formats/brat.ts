import type { EntityDirectory } from '../../entities/export-access'
import { jsonlRelationTypes } from './jsonl-relations'
import type { Annotation } from '../../shared/model/annotation'
import type { DocumentRecord } from '../../shared/model/document'
import type { FormatExporter } from '../../shared/exports/format-exporter'
import { uniqueStems } from '../file-names'
import { inReadingOrder, offsetConverter } from '../spans'
import { annotationConf, bratAttributes, bratValue, NORMALIZATION_DB, toolsConf, type BratAttribute } from './brat-conf'
import type { DocumentFieldDefinition } from '../../shared/model/document-fields'
import { bratFieldLines } from './brat-document-fields'
import { exportedFields } from './document-field-export'
import { said } from '../../shared/i18n/said'

export const BRAT_SIDECAR = 'tessera.json'

/**
 * brat standoff: per document a `.txt` (the text) and an `.ann` (T lines with code-point offsets, a span
 * crossing a line break written as discontinuous fragments, A lines for choice and flag attributes,
 * `#` AnnotatorNotes for notes, `#` TesseraAttribute lines for text and number attributes, R lines for
 * relations, N lines for entity links: `N1\tReference T1 Tessera:<entity id>\t<entity name>`),
 * `annotation.conf` (nesting and crossing allowed), `tools.conf` (the `Tessera` normalisation DB), and `tessera.json` with each document's metadata (the outlet as `outlet`, as
 * the app, JSONL and CSV call it; sidecars before it wrote `source`, still read), the exact tag schema and the
 * project's entities, so the export imports back whole.
 */
export const bratFormat: FormatExporter = {
  format: 'brat',
  multiFile: true,
  extension: 'zip',
  mimeType: 'application/zip',
  passes: 1,
  async *entries(context) {
    const fields = context.documentFields ?? []
    yield { name: 'annotation.conf', content: once(annotationConf(context.tags, context.relationTypes, fields)) }
    yield { name: 'tools.conf', content: once(toolsConf()) }
    const stemFor = uniqueStems()
    const documents: Record<string, unknown>[] = []
    const attributes = bratAttributes(context.tags)
    const entities = await context.entities()
    let acrossLeftOut = 0
    for await (const document of context.documents()) {
      acrossLeftOut += (await context.crossRelationsFrom?.(document))?.length ?? 0
      const stem = stemFor(document.title)
      yield { name: `${stem}.txt`, content: once(document.text) }
      yield { name: `${stem}.ann`, content: once(annFile(document, attributes, entities, fields)) }
      const { id, title, source, author, date, url, language, status } = document
      const values = exportedFields(document, fields)
      documents.push({ file: stem, id, title, outlet: source, author, date, url, language, status, ...(Object.keys(values).length > 0 ? { fields: values } : {}) })
    }
    const sidecar = {
      format: 'tessera-brat',
      format_version: 2,
      offset_unit: 'codepoint',
      tags: context.tags,
      relation_types: jsonlRelationTypes(context.relationTypes),
      ...(fields.length > 0 ? { document_fields: fields } : {}),
      entities: entities.exported(),
      documents
    }
    if (acrossLeftOut > 0) {
      context.report.notes.push(said('exportNotes.brat.relationsAcrossLeftOut', { count: acrossLeftOut }))
    }
    yield { name: BRAT_SIDECAR, content: once(`${JSON.stringify(sidecar, null, 1)}\n`) }
  }
}

async function* once(text: string): AsyncIterable<string> {
  yield text
}

/** Pieces of [start, end) that hold no line break: brat draws one fragment per line. */
export function fragments(text: string, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = []
  let from = start
  for (let i = start; i <= end; i += 1) {
    if (i === end || text.charAt(i) === '\n' || text.charAt(i) === '\r') {
      if (i > from) pieces.push([from, i])
      from = i + 1
    }
  }
  return pieces
}

/** Line-breaks and backslashes escaped, since every brat annotation is one line. */
export function escapeNote(note: string): string {
  return note.replaceAll('\\', '\\\\').replaceAll('\r', '\\r').replaceAll('\n', '\\n').replaceAll('\t', '\\t')
}

export function annFile(
  document: DocumentRecord,
  attributes: readonly BratAttribute[],
  entities: EntityDirectory,
  fields: readonly DocumentFieldDefinition[] = []
): string {
  const convert = offsetConverter(document.text, 'codepoint')
  const lines: string[] = []
  const textIds = new Map<string, string>()
  let a = 0
  let note = 0
  const annotations = inReadingOrder(document)
  annotations.forEach((annotation, index) => {
    const id = `T${index + 1}`
    textIds.set(annotation.id, id)
    const pieces = fragments(document.text, annotation.start, annotation.end)
    const offsets = pieces.map(([s, e]) => `${convert(s)} ${convert(e)}`).join(';')
    const quoted = pieces.map(([s, e]) => document.text.slice(s, e)).join(' ')
    lines.push(`${id}\t${annotation.tag} ${offsets}\t${quoted}`)
    for (const line of attributeLines(annotation, id, attributes)) lines.push(`A${(a += 1)}\t${line}`)
    for (const line of noteLines(annotation, id, attributes)) lines.push(`#${(note += 1)}\t${line}`)
  })
  const labels = bratFieldLines(document, fields, convert, { t: annotations.length + 1, a: a + 1, note: note + 1 })
  lines.push(...labels.t, ...labels.a, ...labels.comments)
  document.relations.forEach((relation, index) => {
    const from = textIds.get(relation.from)
    const to = textIds.get(relation.to)
    if (from && to) lines.push(`R${index + 1}\t${relation.type} Arg1:${from} Arg2:${to}`)
  })
  let n = 0
  for (const annotation of annotations) {
    const entity = entities.refOf(annotation)
    // The name is free text on one line: line breaks and tabs are escaped as in notes.
    if (entity) lines.push(`N${(n += 1)}\tReference ${textIds.get(annotation.id)} ${NORMALIZATION_DB}:${entity.id}\t${escapeNote(entity.name)}`)
  }
  return lines.length ? `${lines.join('\n')}\n` : ''
}

function attributeLines(annotation: Annotation, id: string, attributes: readonly BratAttribute[]): string[] {
  const lines: string[] = []
  for (const { name, tagId, definition } of attributes) {
    if (tagId !== annotation.tag) continue
    const value = annotation.attributes[definition.id]
    if (definition.type === 'flag' && value === true) lines.push(`${name} ${id}`)
    if (definition.type === 'choice' && typeof value === 'string') lines.push(`${name} ${id} ${bratValue(value)}`)
  }
  return lines
}

function noteLines(annotation: Annotation, id: string, attributes: readonly BratAttribute[]): string[] {
  const lines = annotation.note ? [`AnnotatorNotes ${id}\t${escapeNote(annotation.note)}`] : []
  const asA = new Set(
    attributes
      .filter(({ tagId, definition }) => tagId === annotation.tag && writtenAsA(definition.type, annotation.attributes[definition.id]))
      .map((b) => b.definition.id)
  )
  for (const [name, value] of Object.entries(annotation.attributes)) {
    if (!asA.has(name)) lines.push(`TesseraAttribute ${id}\t${name}=${escapeNote(JSON.stringify(value))}`)
  }
  return lines
}

/** A true flag and a choice are `A` lines; a false flag has no brat form, so it goes in a `#` line with the rest. */
function writtenAsA(type: string, value: unknown): boolean {
  return (type === 'flag' && value === true) || (type === 'choice' && typeof value === 'string')
}
