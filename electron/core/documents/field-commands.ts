import type { Applied } from '../history/applied'
import type { DocumentRecord } from '../shared/model/document'
import { isEmptyFieldValue, type DocumentFieldValue } from '../shared/model/document-fields'

/** Sets a whole-article label (null clears it); checked against its definition by the handler. */
export interface SetFieldCommand {
  type: 'setField'
  fieldId: string
  value: DocumentFieldValue | null
}

/**
 * Sets (or, with an empty value, removes) one whole-article label in place; the inverse puts back the
 * value it had. */
export function setField(document: DocumentRecord, fieldId: string, value: DocumentFieldValue | null): Applied<SetFieldCommand> {
  const previous = document.fields?.[fieldId] ?? null
  const next = isEmptyFieldValue(value) ? null : value
  if (JSON.stringify(previous) === JSON.stringify(next)) return { changed: false, inverse: [], redo: [] }
  const fields = Object.fromEntries(Object.entries(document.fields ?? {}).filter(([id]) => id !== fieldId))
  if (next !== null) fields[fieldId] = structuredClone(next)
  // Kept as `{}` once emptied: the journal records a removed key as null, which the schema would refuse.
  document.fields = fields
  return {
    changed: true,
    inverse: [{ type: 'setField', fieldId, value: previous }],
    redo: [{ type: 'setField', fieldId, value: next }]
  }
}
