import type { DocumentFieldDefinition, DocumentFieldType } from '@core/shared/model/document-fields'

/** A field as the Document fields dialog edits it: choice values as text, one a line. */
export interface FieldDraft {
  id: string
  label: string
  type: DocumentFieldType
  values: string
  description: string
}

export function toDraft(definition: DocumentFieldDefinition): FieldDraft {
  const values = definition.type === 'choice' || definition.type === 'multi-choice' ? definition.values.join('\n') : ''
  return { id: definition.id, label: definition.label, type: definition.type, values, description: definition.description ?? '' }
}

/** The definition a draft stands for; the core checks it (empty labels, repeated values) and says what is wrong. */
export function fromDraft(draft: FieldDraft): DocumentFieldDefinition {
  const base = { id: draft.id, label: draft.label.trim(), ...(draft.description.trim() ? { description: draft.description } : {}) }
  if (draft.type === 'choice' || draft.type === 'multi-choice') {
    const values = draft.values
      .split('\n')
      .map((v) => v.trim())
      .filter(Boolean)
    return { ...base, type: draft.type, values }
  }
  return { ...base, type: draft.type }
}

/** An id from a label: lower-case ASCII letters, digits and `_` ("Stance toward…" → `stance_toward`); `field_2`… when taken or not Latin. */
export function fieldId(label: string, taken: readonly { id: string }[]): string {
  const ascii = label
    .toLowerCase()
    .normalize('NFKD')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('_')
    .replace(/^(\d)/, 'f_$1')
    .slice(0, 32)
  const base = ascii || 'field'
  let id = base
  for (let n = 2; taken.some((t) => t.id === id); n += 1) id = `${base}_${n}`
  return id
}
