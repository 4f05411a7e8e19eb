import { stringify } from 'csv-stringify/sync'
import type { ProjectAgreement } from '../shared/model/agreement'
import { reportRows } from '../shared/agreement/report-rows'

const COLUMNS = ['tag_id', 'tag_label', 'measure', 'annotators', 'value', 'n', 'unit', 'method', 'not_defined']
/** The tag columns of a figure over all the tags compared. */
const ALL_TAGS = { id: '', label: '(all tags)' }

/**
 * The figures as CSV, one row per tag, measure and annotator pair (or all annotators): the value in full
 * precision (empty when not defined, `not_defined` then says why), n and what it counts, and the method.
 * For spreadsheets, like the Claims CSV: UTF-8 with a BOM, CRLF rows, fields with line breaks quoted,
 * formula-like text (an annotator named "=x") neutralised. Annotators are joined by " & ".
 */
export function agreementCsv(result: ProjectAgreement): string {
  return stringify(
    [
      COLUMNS,
      ...reportRows(result).map(({ tag, measure, annotators, figure }) => {
        const { id, label } = tag ?? ALL_TAGS
        return [id, label, measure, annotators.join(' & '), figure.value ?? '', figure.n, figure.unit, figure.method, figure.notDefined ?? '']
      })
    ],
    { bom: true, record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true }
  )
}
