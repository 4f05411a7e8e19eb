import { stringify } from 'csv-stringify/sync'
import type { Exporter } from './exporter'
import { spansOf } from './exporter'

const COLUMNS = [
  'document_id',
  'document_title',
  'source',
  'date',
  'annotation_id',
  'tag',
  'start',
  'end',
  'offset_unit',
  'text',
  'author',
  'note',
  'created_at'
]

/**
 * One row per annotation, for spreadsheets. Written with a UTF-8 byte-order mark so that Excel reads
 * Arabic, curly quotes and emoji correctly (Python reads it with encoding="utf-8-sig").
 */
export const csvExporter: Exporter = {
  extension: 'csv',
  mimeType: 'text/csv',
  render(documents, { offsetUnit }) {
    const rows = documents.flatMap((document) =>
      spansOf(document, offsetUnit).map((span) => [
        document.id,
        document.title,
        document.source,
        document.date ?? '',
        span.id,
        span.tag,
        span.start,
        span.end,
        offsetUnit,
        span.text,
        span.author,
        span.note,
        span.createdAt
      ])
    )
    return stringify([COLUMNS, ...rows], { bom: true, record_delimiter: 'windows' })
  }
}
