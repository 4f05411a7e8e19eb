import type { DocumentFieldDefinition, DocumentFieldValue } from './document-fields'

// Apart from document-fields.ts so that the renderer, which filters the list by a label, does not load zod.
/**
 * Whether a document's `value` of `definition` matches a filter `wanted`: the same choice (one of a
 * multi-choice's), the same number, or a text containing the words as typed (case ignored).
 */
export function fieldValueMatches(definition: DocumentFieldDefinition, value: DocumentFieldValue | undefined, wanted: string): boolean {
  if (wanted === '') return true
  if (value === undefined) return false
  switch (definition.type) {
    case 'multi-choice':
      return Array.isArray(value) && value.includes(wanted)
    case 'choice':
      return value === wanted
    case 'number':
      return typeof value === 'number' && value === Number(wanted.trim())
    case 'text':
      return typeof value === 'string' && value.toLocaleLowerCase().includes(wanted.trim().toLocaleLowerCase())
  }
}
