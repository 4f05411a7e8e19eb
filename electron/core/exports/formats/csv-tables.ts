import type { Annotation } from '../../shared/model/annotation'
import type { AttributeDefinition } from '../../shared/model/attributes'
import type { DocumentRecord } from '../../shared/model/document'
import type { ExportContext, FormatExporter } from '../../shared/exports/format-exporter'
import { TextSpool } from '../spool'
import { convertedSpans, spanText } from '../spans'
import { BOM, csvRecord, csvRecords } from './csv-cells'
import type { DocumentFieldDefinition } from '../../shared/model/document-fields'
import { csvFieldCells, csvFieldColumns } from './document-field-export'

const ANNOTATION_COLUMNS = [
  'document_id', 'document_title', 'outlet', 'date', 'annotation_id', 'tag', 'text', 'start', 'end', 'offset_unit'
]
const TRAILING_COLUMNS = [
  'note', 'author', 'created_at', 'updated_at', 'entity_id', 'entity_name',
  'attributed_to_annotation_id', 'attributed_to_text', 'attributed_to_entity'
]
const RELATION_COLUMNS = ['document_id', 'relation_id', 'type', 'from_annotation_id', 'to_annotation_id', 'from_text', 'to_text', 'author', 'created_at']
const DOCUMENT_COLUMNS = [
  'document_id', 'title', 'outlet', 'author', 'date', 'url', 'language', 'status', 'annotation_count', 'imported_from', 'text'
]

/**
 * Tidy tables for spreadsheets and pandas: `annotations.csv` (one row per annotation, one column per
 * attribute id across the tag schema, `attr_<id>`, its entity, and who it is attributed to: the actor
 * mention at the other end of its `attributed-to` relation, that mention's text and its entity's name),
 * `documents.csv` (one row per document, a `field_<id>` column per whole-article label, multi-choice
 * values joined with `|`) and
 * `relations.csv` (one row per relation, its two ends by id and text). UTF-8 with a byte-order mark, CRLF
 * records; formula-like cells neutralised unless the user asks for raw cells. The documents are read once:
 * their rows for `documents.csv` wait in a temporary file while `annotations.csv` is written, and the
 * relations (few beside the text) wait in memory.
 */
export const csvTablesFormat: FormatExporter = {
  format: 'csv',
  multiFile: true,
  extension: 'zip',
  mimeType: 'application/zip',
  passes: 1,
  async *entries(context) {
    const relations: string[] = []
    const documents = await TextSpool.create()
    try {
      yield { name: 'annotations.csv', content: annotationRows(context, relations, documents) }
      yield { name: 'documents.csv', content: documents.read() }
      yield { name: 'relations.csv', content: relationRows(relations) }
    } finally {
      await documents.dispose()
    }
  }
}

/** Attribute ids across the schema, in the tags' order, each once (tags sharing an id share the column). */
export function attributeColumns(context: ExportContext): string[] {
  const ids = context.tags.flatMap((tag) => tag.attributes.map((a: AttributeDefinition) => a.id))
  return [...new Set(ids)]
}

/** Yields annotations.csv; on the way, writes documents.csv to `documentRows` and keeps the relations' rows. */
async function* annotationRows(context: ExportContext, relations: string[], documentRows: TextSpool): AsyncIterable<string> {
  const { offsetUnit: unit, neutraliseFormulas: neutralise } = context.options
  const attributes = attributeColumns(context)
  const entities = await context.entities()
  yield BOM + csvRecord([...ANNOTATION_COLUMNS, ...attributes.map((id) => `attr_${id}`), ...TRAILING_COLUMNS], false)
  const fields = context.documentFields ?? []
  await documentRows.write(BOM + csvRecord([...DOCUMENT_COLUMNS, ...csvFieldColumns(fields)], false))
  for await (const document of context.documents()) {
    await documentRows.write(documentRow(document, neutralise, fields))
    const byId = new Map(document.annotations.map((a) => [a.id, a]))
    const attributedTo = attributedActors(document, byId)
    const records = convertedSpans(document, unit).map(({ annotation: a, start, end, text }) => {
      const entity = entities.refOf(a)
      const actor = attributedTo.get(a.id)
      return [
        document.id, document.title, document.source, document.date ?? '', a.id, a.tag, text,
        start, end, unit,
        ...attributes.map((id) => a.attributes[id] ?? ''),
        a.note, a.author, a.createdAt, a.updatedAt, entity?.id ?? '', entity?.name ?? '',
        actor?.id ?? '', actor ? spanText(document, actor) : '', (actor && entities.refOf(actor)?.name) ?? ''
      ]
    })
    const rows = csvRecords(records, neutralise)
    if (rows) yield rows
    const textOf = (id: string): string => {
      const annotation = byId.get(id)
      return annotation ? spanText(document, annotation) : ''
    }
    for (const r of document.relations) {
      relations.push(csvRecord([document.id, r.id, r.type, r.from, r.to, textOf(r.from), textOf(r.to), r.author, r.createdAt], neutralise))
    }
  }
}

/**
 * For each annotation with an `attributed-to` relation, the mention it is attributed to (the first such
 * relation, as the Claims view shows it; relations.csv lists every one). One pass over the document's
 * relations: no lookup per annotation.
 */
function attributedActors(document: DocumentRecord, byId: ReadonlyMap<string, Annotation>): Map<string, Annotation> {
  const actors = new Map<string, Annotation>()
  for (const relation of document.relations) {
    if (relation.type !== 'attributed-to' || actors.has(relation.from)) continue
    const actor = byId.get(relation.to)
    if (actor) actors.set(relation.from, actor)
  }
  return actors
}

async function* relationRows(rows: string[]): AsyncIterable<string> {
  yield BOM + csvRecord(RELATION_COLUMNS, false)
  yield* rows
}

function documentRow(d: DocumentRecord, neutralise: boolean, fields: readonly DocumentFieldDefinition[]): string {
  return csvRecord(
    [d.id, d.title, d.source, d.author, d.date ?? '', d.url, d.language, d.status, d.annotations.length, d.importedFrom, d.text, ...csvFieldCells(d, fields)],
    neutralise
  )
}
