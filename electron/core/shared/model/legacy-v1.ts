import { z } from 'zod'
import type { DocumentRecord } from './document'
import { DEFAULT_TAGS, documentIdSchema, type ProjectFile, type TagDefinition } from './project'

/**
 * The foundation's file format (schema 1), kept to read and migrate projects written by it.
 * Never written any more.
 */
const annotationV1Schema = z.object({
  id: z.string().min(1),
  tag: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  attributes: z.record(z.string(), z.string()),
  note: z.string(),
  author: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime()
})

export const documentV1Schema = z.object({
  schemaVersion: z.literal(1),
  id: documentIdSchema,
  title: z.string().min(1),
  source: z.string(),
  date: z.iso.date().nullable(),
  importedFrom: z.string(),
  importedAt: z.iso.datetime(),
  text: z.string(),
  annotations: z.array(annotationV1Schema)
})

const tagV1Schema = z.object({ id: z.string(), label: z.string().min(1), color: z.string(), key: z.string() })

export const projectV1Schema = z.object({
  schemaVersion: z.literal(1),
  name: z.string().min(1),
  createdAt: z.iso.datetime(),
  tags: z.array(tagV1Schema),
  documentIds: z.array(documentIdSchema)
})

/** Schema 1 → 2: metadata fields added empty, status derived from whether anything was annotated. */
export function migrateDocumentV1(v1: z.infer<typeof documentV1Schema>): DocumentRecord {
  return {
    ...v1,
    schemaVersion: 2,
    author: '',
    url: '',
    language: '',
    status: v1.annotations.length > 0 ? 'in-progress' : 'not-started',
    annotations: v1.annotations.map((annotation) => ({ ...annotation, entityId: null })),
    relations: []
  }
}

/** Schema 1 → 2: the default tags gain their default attributes; other tags start with none. */
export function migrateProjectV1(v1: z.infer<typeof projectV1Schema>): ProjectFile {
  const tags: TagDefinition[] = v1.tags.map((tag) => ({
    ...tag,
    attributes: DEFAULT_TAGS.find((d) => d.id === tag.id)?.attributes ?? []
  }))
  return { ...v1, schemaVersion: 2, description: '', tags, relationTypes: [] }
}
