import type { Applied } from '../history/applied'
import type { DocumentRecord } from '../shared/model/document'
import { isEmptyFieldValue, type DocumentFieldValue } from '../shared/model/document-fields'
import type { DocumentCommand } from './commands'

/**
 * Sets (or, with an empty value, removes) one whole-article label in place; the inverse puts back the
 * value it had. */
export function setField(document: DocumentRecord, fieldId: string, value: DocumentFieldValue | null): Applied<DocumentCommand> {
  const previous = document.fields?.[fieldId] ?? null
  const next = isEmptyFieldValue(value) ? null : value
  if (JSON.stringify(previous) === JSON.stringify(next)) return { changed: false, inverse: [], redo: [] }
  const fields = { ...document.fields }
  if (next === null) delete fields[fieldId]
  else fields[fieldId] = structuredClone(next)
  // Kept as `{}` once emptied: the journal records a removed key as null, which the schema would refuse.
  document.fields = fields
  return {
    changed: true,
    inverse: [{ type: 'setField', fieldId, value: previous }],
    redo: [{ type: 'setField', fieldId, value: next }]
  }
}
