import type { AttributeDefinition } from '../../model/attributes'
import type { DocumentRecord } from '../../model/document'
import type { ExportContext, FormatExporter } from '../format-exporter'
import { convertedSpans, spanText } from '../spans'
import { Spool } from '../spool'
import { BOM, csvRecord, type Cell } from './csv-cells'

const ANNOTATION_COLUMNS = [
  'document_id', 'document_title', 'outlet', 'date', 'annotation_id', 'tag', 'text', 'start', 'end', 'offset_unit'
]
const TRAILING_COLUMNS = ['note', 'author', 'created_at', 'updated_at', 'entity_id', 'entity_name']
const RELATION_COLUMNS = ['document_id', 'relation_id', 'type', 'from_annotation_id', 'to_annotation_id', 'from_text', 'to_text', 'author', 'created_at']
const DOCUMENT_COLUMNS = [
  'document_id', 'title', 'outlet', 'author', 'date', 'url', 'language', 'status', 'annotation_count', 'imported_from', 'text'
]

/**
 * Tidy tables for spreadsheets and pandas: `annotations.csv` (one row per annotation, one column per
 * attribute id across the tag schema, `attr_<id>`), `documents.csv` (one row per document) and
 * `relations.csv` (one row per relation, its two ends by id and text). UTF-8 with a byte-order mark, CRLF
 * records; formula-like cells neutralised unless the user asks for raw cells. One pass over the documents:
 * while annotations.csv streams out, each document's row goes to a spool on disk (a ZIP entry must be
 * written in one piece, and documents.csv holds every text), read back as documents.csv; relations are few
 * beside the text, so their rows are kept in memory and written last. The spool is removed however the
 * export ends.
 */
export const csvTablesFormat: FormatExporter = {
  format: 'csv',
  multiFile: true,
  extension: 'zip',
  mimeType: 'application/zip',
  passes: 1,
  async *entries(context) {
    const relations: string[] = []
    const documents = await Spool.create(context.spoolDir)
    try {
      const pass = { finished: false }
      yield { name: 'annotations.csv', content: annotationRows(context, { relations, documents, pass }) }
      yield { name: 'documents.csv', content: spooledDocumentRows(documents, pass) }
      yield { name: 'relations.csv', content: relationRows(relations) }
    } finally {
      await documents.dispose()
    }
  }
}

interface SidePass {
  /** relations.csv's rows, in document order. */
  relations: string[]
  /** documents.csv's rows, in document order. */
  documents: Spool
  /** Set once every document went through, so documents.csv is known whole. */
  pass: { finished: boolean }
}

/** Attribute ids across the schema, in the tags' order, each once (tags sharing an id share the column). */
export function attributeColumns(context: ExportContext): string[] {
  const ids = context.tags.flatMap((tag) => tag.attributes.map((a: AttributeDefinition) => a.id))
  return [...new Set(ids)]
}

async function* annotationRows(context: ExportContext, { relations, documents, pass }: SidePass): AsyncIterable<string> {
  const { offsetUnit: unit, neutraliseFormulas: neutralise } = context.options
  const attributes = attributeColumns(context)
  const entities = await context.entities()
  yield BOM + csvRecord([...ANNOTATION_COLUMNS, ...attributes.map((id) => `attr_${id}`), ...TRAILING_COLUMNS], false)
  // One row's cells, refilled for every annotation: half a million short-lived arrays were a good part of the export's garbage.
  const cells: Cell[] = []
  for await (const document of context.documents()) {
    let rows = ''
    for (const { annotation: a, start, end, text } of convertedSpans(document, unit)) {
      const entity = entities.refOf(a)
      cells.length = 0
      cells.push(document.id, document.title, document.source, document.date ?? '', a.id, a.tag, text, start, end, unit)
      for (const id of attributes) cells.push(a.attributes[id] ?? '')
      cells.push(a.note, a.author, a.createdAt, a.updatedAt, entity?.id ?? '', entity?.name ?? '')
      rows += csvRecord(cells, neutralise)
    }
    await documents.append(documentRow(document, neutralise))
    if (rows) yield rows
    const byId = new Map(document.annotations.map((a) => [a.id, a]))
    const textOf = (id: string): string => {
      const annotation = byId.get(id)
      return annotation ? spanText(document, annotation) : ''
    }
    for (const r of document.relations) {
      relations.push(csvRecord([document.id, r.id, r.type, r.from, r.to, textOf(r.from), textOf(r.to), r.author, r.createdAt], neutralise))
    }
  }
  pass.finished = true
}

async function* relationRows(rows: string[]): AsyncIterable<string> {
  yield BOM + csvRecord(RELATION_COLUMNS, false)
  yield* rows
}

async function* spooledDocumentRows(spool: Spool, pass: { finished: boolean }): AsyncIterable<string> {
  if (!pass.finished) throw new Error('documents.csv is filled while annotations.csv is read: read the entries in order, each to its end.')
  yield BOM + csvRecord(DOCUMENT_COLUMNS, false)
  yield* spool.read()
}

function documentRow(d: DocumentRecord, neutralise: boolean): string {
  return csvRecord(
    [d.id, d.title, d.source, d.author, d.date ?? '', d.url, d.language, d.status, d.annotations.length, d.importedFrom, d.text],
    neutralise
  )
}
