import { z } from 'zod'
import { inEnglish, said, type Said } from '../i18n/said'

/**
 * Whole-article labels: fields a project defines once and the analyst fills in per document (stance
 * toward the offensive, framing, genre, notes, sources cited). Definitions live in project.json
 * (`documentFields`), values in each document file (`fields`, by field id); both are optional keys, so a
 * project written before they existed opens unchanged.
 */

export const MAX_DOCUMENT_FIELDS = 30
/** A multi-choice value joins its choices with this in one CSV cell; a choice value may not hold it. */
export const MULTI_CHOICE_SEPARATOR = '|'

export const documentFieldIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'a field id is 1–40 lower-case letters, digits or underscores, starting with a letter')

const choiceValues = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'a choice value is not empty')
      .max(80)
      .refine((value) => !value.includes(MULTI_CHOICE_SEPARATOR), `a choice value may not contain "${MULTI_CHOICE_SEPARATOR}"`)
  )
  .min(1, 'a choice needs at least one value')
  .max(50)
  .refine((values) => new Set(values).size === values.length, 'choice values must be unique')

const base = {
  id: documentFieldIdSchema,
  label: z.string().trim().min(1, 'a field needs a label').max(80),
  /** What the field means and how to fill it in (Markdown). */
  description: z.string().max(10_000).optional()
}

export const documentFieldDefinitionSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('choice'), values: choiceValues }),
  z.object({ ...base, type: z.literal('multi-choice'), values: choiceValues }),
  z.object({ ...base, type: z.literal('text') }),
  z.object({ ...base, type: z.literal('number') })
])

export type DocumentFieldDefinition = z.infer<typeof documentFieldDefinitionSchema>
export type DocumentFieldType = DocumentFieldDefinition['type']

export const documentFieldDefinitionsSchema = z
  .array(documentFieldDefinitionSchema)
  .max(MAX_DOCUMENT_FIELDS, `a project has at most ${MAX_DOCUMENT_FIELDS} document fields`)
  .refine((fields) => new Set(fields.map((f) => f.id)).size === fields.length, 'two document fields have the same id')
  .refine(
    (fields) => new Set(fields.map((f) => f.label.toLocaleLowerCase())).size === fields.length,
    'two document fields have the same label'
  )

export const documentFieldValueSchema = z.union([z.string().max(10_000), z.number().finite(), z.array(z.string().max(80)).max(50)])
export type DocumentFieldValue = z.infer<typeof documentFieldValueSchema>
export type DocumentFieldValues = Record<string, DocumentFieldValue>

export const documentFieldValuesSchema = z.record(documentFieldIdSchema, documentFieldValueSchema)

/** Why `value` does not fit `definition`, naming the field, or null when it does. */
export function documentFieldValueMismatch(definition: DocumentFieldDefinition, value: DocumentFieldValue): Said | null {
  const field = definition.label
  switch (definition.type) {
    case 'text':
      return typeof value === 'string' ? null : said('problems.documents.fieldIsText', { field })
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : said('problems.documents.fieldIsNumber', { field })
    case 'choice':
      return typeof value === 'string' && definition.values.includes(value) ? null : said('problems.documents.fieldIsChoice', { field, values: definition.values.join(', ') })
    case 'multi-choice': {
      const values = definition.values.join(', ')
      if (!Array.isArray(value)) return said('problems.documents.fieldIsList', { field, values })
      const unknown = value.find((v) => !definition.values.includes(v))
      if (unknown !== undefined) return said('problems.documents.fieldHasNoValue', { field, value: unknown, values })
      if (new Set(value).size !== value.length) return said('problems.documents.fieldValueTwice', { field })
      return null
    }
  }
}

/** `documentFieldValueMismatch` in English. */
export function documentFieldValueProblem(definition: DocumentFieldDefinition, value: DocumentFieldValue): string | null {
  const mismatch = documentFieldValueMismatch(definition, value)
  return mismatch && inEnglish(mismatch)
}

/** The values of `values` that the definitions still allow, in definition order (others dropped). */
export function keptFieldValues(values: DocumentFieldValues | undefined, definitions: readonly DocumentFieldDefinition[]): DocumentFieldValues {
  const kept: DocumentFieldValues = {}
  if (!values) return kept
  for (const definition of definitions) {
    const value = values[definition.id]
    if (value !== undefined && documentFieldValueProblem(definition, value) === null) kept[definition.id] = value
  }
  return kept
}

/** True when a value says nothing (empty text, no choice picked): stored as absent. */
export function isEmptyFieldValue(value: DocumentFieldValue | null | undefined): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

/** A value as one line of text, e.g. for a CSV cell: multi-choice joined with `|` in definition order. */
export function fieldValueText(value: DocumentFieldValue | undefined): string {
  if (value === undefined) return ''
  if (Array.isArray(value)) return value.join(MULTI_CHOICE_SEPARATOR)
  return String(value)
}


/** A corpus view limited to the documents whose label `fieldId` matches `value` (as `fieldValueMatches` says). */
export const documentFieldFilterSchema = z.strictObject({
  fieldId: documentFieldIdSchema,
  value: z.string().min(1, 'choose a value to filter by').max(1_000)
})
export type DocumentFieldFilter = z.infer<typeof documentFieldFilterSchema>
