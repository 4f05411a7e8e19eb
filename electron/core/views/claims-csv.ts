import { stringify } from 'csv-stringify/sync'
import type { OffsetUnit } from '../shared/exports/options'
import type { ClaimRow } from './claims-view'

const COLUMNS = ['document_id', 'document_title', 'outlet', 'date', 'annotation_id', 'start', 'end', 'offset_unit', 'claim', 'stance', 'actor', 'actor_entity_id', 'actor_entity', 'attributes']

/** Turns a document's UTF-16 offsets (the view's) into the CSV's unit. */
export type OffsetConverterFor = (documentId: string) => (utf16Offset: number) => number

const asStored: OffsetConverterFor = () => (offset) => offset

/**
 * The Claims table as CSV, as shown (filters and order applied), for spreadsheets: UTF-8 with a BOM,
 * CRLF rows, fields with line breaks quoted, formula-like text neutralised. Offsets are in `unit`, the
 * `offset_unit` column says which: code points by default, as the main export writes them (Python's
 * `text[start:end]`); `convert` maps the view's UTF-16 offsets for each document.
 */
export function claimsCsv(rows: readonly ClaimRow[], unit: OffsetUnit = 'utf16', convert: OffsetConverterFor = asStored): string {
  return stringify(
    [
      COLUMNS,
      ...rows.map((row) => {
        const offset = unit === 'utf16' ? (value: number) => value : convert(row.documentId)
        return [
          row.documentId,
          row.title,
          row.outlet,
          row.date ?? '',
          row.annotationId,
          offset(row.start),
          offset(row.end),
          unit,
          row.text,
          row.stance ?? '',
          row.actor?.quote ?? '',
          row.actor?.entityId ?? '',
          row.actor?.entityName ?? '',
          JSON.stringify(row.attributes)
        ]
      })
    ],
    { bom: true, record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true }
  )
}
