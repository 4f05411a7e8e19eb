import { z } from 'zod'
import { attributeValueSchema } from './attributes'

/** A tag id: lower-case letters, digits and dashes, e.g. `claim` or `casualty-figure`. */
export const tagIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'a tag id is 1–40 lower-case letters, digits or dashes')

/**
 * One highlighted span. `start`/`end` are UTF-16 offsets into the document's immutable text;
 * `quote` with `prefix`/`suffix` lets a later version re-anchor or verify the span. Attribute values
 * are typed by the tag's definitions; `entityId` links an actor or place mention to a project entity.
 */
export const annotationSchema = z.object({
  id: z.string().min(1),
  tag: tagIdSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  attributes: z.record(z.string(), attributeValueSchema),
  note: z.string(),
  author: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  entityId: z.string().min(1).nullable().default(null),
  /** On the curated layer (author "curated"): who curated it; `createdAt` says when. Absent on every other annotation. */
  curator: z.string().min(1).max(200).optional()
})

export type Annotation = z.infer<typeof annotationSchema>
