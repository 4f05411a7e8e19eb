import { said, type Said } from '../../shared/i18n/said'
import { isRecord } from './json-lines'

/**
 * Which fields of a doccano line hold the text and the spans. doccano's own import lets the user name both
 * columns (its examples use `column_data` and `column_label`), so besides `text` and `label`/`labels`/
 * `entities` the text is the line's one string field that is not metadata, and the spans its one list of
 * `[start, end, "TAG"]`, `{start_offset, end_offset, label}` or `{start, end, label}` (Prodigy, spaCy);
 * `textField` (`--text-field`) names the text.
 */
export type DoccanoColumns = { text: string; spans: string | null } | { problem: Said; spans: string | null }

/** doccano's names, then Prodigy's and spaCy's (`spans`; `ents` holds a non-overlapping subset of them). */
const SPAN_KEYS = ['label', 'labels', 'entities', 'spans', 'ents']
/** String fields that are never the text: ids, titles, people, dates and doccano's own bookkeeping. */
const NOT_TEXT = new Set(['id', 'uuid', 'title', 'label', 'labels', 'author', 'user', 'annotator', 'annotation_approver', 'date', 'created_at', 'updated_at', 'url', 'source', 'language', 'lang'])

/** `[start, end, "TAG"]`, doccano's `{start_offset, end_offset, label}`, or Prodigy's and spaCy's `{start, end, label}`. */
export function isDoccanoSpan(span: unknown): boolean {
  if (Array.isArray(span)) return span.length >= 3 && Number.isInteger(span[0]) && Number.isInteger(span[1]) && typeof span[2] === 'string'
  if (!isRecord(span) || typeof span.label !== 'string') return false
  return (Number.isInteger(span.start_offset) && Number.isInteger(span.end_offset)) || (Number.isInteger(span.start) && Number.isInteger(span.end))
}

/** The field holding the spans: a known name, else the one non-empty list of nothing but spans. */
function spanColumn(line: Record<string, unknown>): string | null {
  const known = SPAN_KEYS.find((key) => Array.isArray(line[key]))
  if (known) return known
  const lists = Object.keys(line).filter((key) => {
    const value = line[key]
    return Array.isArray(value) && value.length > 0 && value.every(isDoccanoSpan)
  })
  return lists.length === 1 ? (lists[0] ?? null) : null
}

export function doccanoColumns(line: Record<string, unknown>, textField?: string): DoccanoColumns {
  const spans = spanColumn(line)
  if (textField) return typeof line[textField] === 'string' ? { text: textField, spans } : { problem: said('readers.doccano.noNamedText', { field: textField }), spans }
  if (typeof line.text === 'string') return { text: 'text', spans }
  const candidates = Object.keys(line).filter((key) => typeof line[key] === 'string' && !NOT_TEXT.has(key.toLowerCase()))
  const [only] = candidates
  if (only !== undefined && candidates.length === 1) return { text: only, spans }
  if (candidates.length > 1) return { problem: said('readers.doccano.severalTexts', { fields: candidates.slice(0, 5).join(', ') }), spans }
  return { problem: said('readers.doccano.noText'), spans }
}
