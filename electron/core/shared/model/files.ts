import { z } from 'zod'
import { documentRecordSchema, type DocumentRecord } from './document'
import { documentV1Schema, migrateDocumentV1, migrateProjectV1, projectV1Schema } from './legacy-v1'
import { projectFileSchema, type ProjectFile } from './project'

/**
 * The schemas the store reads files with: every schema version this build knows (chosen by
 * `schemaVersion`, so a damaged file is reported against its own version), migrated to the current
 * one. The store writes only the current version.
 */
export const documentFileSchema: z.ZodType<DocumentRecord> = z
  .discriminatedUnion('schemaVersion', [documentRecordSchema, documentV1Schema])
  .transform((file) => (file.schemaVersion === 1 ? migrateDocumentV1(file) : file))

export const projectFileReadSchema: z.ZodType<ProjectFile> = z
  .discriminatedUnion('schemaVersion', [projectFileSchema, projectV1Schema])
  .transform((file) => (file.schemaVersion === 1 ? migrateProjectV1(file) : file))
