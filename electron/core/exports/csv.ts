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
 *
 * Rows end in CRLF (RFC 4180). csv-stringify then quotes only fields holding a CRLF; a span across a
 * paragraph break holds a bare `\n` and must be quoted too, or it splits its row: `quote_record_delimiter`.
 * Text cells starting like a formula are neutralised unless `neutraliseFormulas` is false; numbers
 * (offsets) are never touched.
 */
export const csvExporter: Exporter = {
  extension: 'csv',
  mimeType: 'text/csv',
  render(documents, { offsetUnit, neutraliseFormulas = true }) {
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
    return stringify([COLUMNS, ...rows], {
      bom: true,
      record_delimiter: 'windows',
      quote_record_delimiter: true,
      escape_formulas: neutraliseFormulas
    })
  }
}
