import { z } from 'zod'
import { inEnglish, said, type Said } from '../i18n/said'

/** An attribute id: lower-case letters, digits and underscores, e.g. `stance` or `attributed_to`. */
export const attributeIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'an attribute id is 1–40 lower-case letters, digits or underscores')

const base = {
  id: attributeIdSchema,
  label: z.string().min(1).max(80),
  /** The attribute's guideline (Markdown); absent in projects written before guidelines. */
  description: z.string().max(10_000).optional()
}

/**
 * What a tag lets the analyst record about each of its annotations. Values are typed in the store:
 * text → string, number → a JSON number, choice → one of `values`, flag → boolean.
 */
export const attributeDefinitionSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('text') }),
  z.object({ ...base, type: z.literal('number') }),
  z.object({
    ...base,
    type: z.literal('choice'),
    values: z
      .array(z.string().min(1).max(80))
      .min(1, 'a choice needs at least one value')
      .max(50)
      .refine((values) => new Set(values).size === values.length, 'choice values must be unique')
  }),
  z.object({ ...base, type: z.literal('flag') })
])

export type AttributeDefinition = z.infer<typeof attributeDefinitionSchema>
export type AttributeType = AttributeDefinition['type']

export const attributeValueSchema = z.union([z.string().max(10_000), z.number().finite(), z.boolean()])
export type AttributeValue = z.infer<typeof attributeValueSchema>
export type AttributeValues = Record<string, AttributeValue>

/** Why `value` does not fit `definition`, as a message, or null when it does. */
export function attributeValueMismatch(definition: AttributeDefinition, value: AttributeValue): Said | null {
  const attribute = definition.label
  switch (definition.type) {
    case 'text':
      return typeof value === 'string' ? null : said('problems.annotations.attributeIsText', { attribute })
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : said('problems.annotations.attributeIsNumber', { attribute })
    case 'flag':
      return typeof value === 'boolean' ? null : said('problems.annotations.attributeIsFlag', { attribute })
    case 'choice':
      return typeof value === 'string' && definition.values.includes(value)
        ? null
        : said('problems.annotations.attributeIsChoice', { attribute, values: definition.values.join(', ') })
  }
}

/** Why `value` does not fit `definition`, in English, or null when it does. */
export function attributeValueProblem(definition: AttributeDefinition, value: AttributeValue): string | null {
  const mismatch = attributeValueMismatch(definition, value)
  return mismatch && inEnglish(mismatch)
}
