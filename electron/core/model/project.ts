import { z } from 'zod'
import { tagIdSchema } from './annotation'

export const PROJECT_SCHEMA_VERSION = 1

export const tagDefinitionSchema = z.object({
  id: tagIdSchema,
  label: z.string().min(1),
  /** CSS colour of the highlight, `#rrggbb`. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  /** The key that applies the tag, `1`–`9`. */
  key: z.string().regex(/^[1-9]$/)
})

export type TagDefinition = z.infer<typeof tagDefinitionSchema>

/** The content of `project.json`. Document order lives here; each document's data in its own file. */
export const projectFileSchema = z.object({
  schemaVersion: z.literal(PROJECT_SCHEMA_VERSION),
  name: z.string().min(1),
  createdAt: z.iso.datetime(),
  tags: z.array(tagDefinitionSchema),
  documentIds: z.array(z.string().min(1))
})

export type ProjectFile = z.infer<typeof projectFileSchema>

export const DEFAULT_TAGS: TagDefinition[] = [
  { id: 'claim', label: 'Claim', color: '#d97706', key: '1' },
  { id: 'actor', label: 'Actor', color: '#2563eb', key: '2' },
  { id: 'place', label: 'Place', color: '#059669', key: '3' },
  { id: 'figure', label: 'Figure', color: '#c026d3', key: '4' }
]
