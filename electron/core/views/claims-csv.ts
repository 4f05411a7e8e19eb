import { stringify } from 'csv-stringify/sync'
import type { ClaimRow } from './claims-view'

const COLUMNS = ['document_id', 'document_title', 'outlet', 'date', 'annotation_id', 'start', 'end', 'offset_unit', 'claim', 'stance', 'actor', 'actor_entity_id', 'actor_entity', 'attributes']

/**
 * The Claims table as CSV, as shown (filters and order applied), for spreadsheets: UTF-8 with a BOM,
 * CRLF rows, fields with line breaks quoted, formula-like text neutralised. Offsets are UTF-16 units,
 * as the view gives them (the column says so).
 */
export function claimsCsv(rows: readonly ClaimRow[]): string {
  return stringify(
    [
      COLUMNS,
      ...rows.map((row) => [
        row.documentId,
        row.title,
        row.outlet,
        row.date ?? '',
        row.annotationId,
        row.start,
        row.end,
        'utf16',
        row.text,
        row.stance ?? '',
        row.actor?.quote ?? '',
        row.actor?.entityId ?? '',
        row.actor?.entityName ?? '',
        JSON.stringify(row.attributes)
      ])
    ],
    { bom: true, record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true }
  )
}
