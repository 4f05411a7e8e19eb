import { z } from 'zod'
import type { ApiError } from '../shared/errors'
import { said, verbatim, type Said } from '../shared/i18n/said'
import { importError } from '../import/import-error'
import type { DeclaredEntity, ImportedDocument } from '../import/imported-document'
import { coordinatesSchema, entityNameSchema } from '../shared/model/entity'
import type { TagDefinition } from '../shared/model/project'
import type { DocumentFieldDefinition } from '../shared/model/document-fields'

/** An entity as Tessera's exports list it (JSONL header, W3C `tessera:entities`, brat's tessera.json). */
export const declaredEntitySchema = z.object({
  id: z.string().min(1).max(64),
  name: entityNameSchema,
  type: z.string().min(1),
  aliases: z.array(entityNameSchema).default([]),
  note: z.string().default(''),
  coordinates: coordinatesSchema.nullable().default(null)
})

/** What an interchange file holds: its documents (offsets in the file's unit) and the tag schema it states, if any. */
export interface InterchangeRead {
  documents: ImportedDocument[]
  /** Tags with their attribute definitions as the file declares them, so an import can add the missing ones whole. */
  tags: TagDefinition[]
  /** The project's entities as the file lists them, so links to them can be restored. */
  entities: DeclaredEntity[]
  /** Whole-article label definitions the file declares (Tessera JSONL and W3C), so an import can add the missing ones. */
  documentFields?: DocumentFieldDefinition[]
}

export interface InterchangeReadOptions {
  /** Keep the valid entries of a file that also holds invalid ones, reporting the others through `warn`. */
  skipInvalid?: boolean
  /** Something the user should know that does not stop the file: a skipped line, a span re-anchored. */
  warn?(message: Said): void
}

/** A file that cannot be read: one sentence naming the file (and the line) and the problem (a predicate of the `readers` section). */
export function interchangeError(where: string, problem: Said): ApiError {
  return importError(where, problem)
}

/** The first problem zod found, as words: `annotations.0.start: expected number` (zod's own words, as it gives them). */
export function describeIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Said {
  const issue = issues[0]
  if (!issue) return said('readers.notExpected')
  return issue.path.length ? said('readers.issueAt', { path: issue.path.map(String).join('.'), issue: verbatim(issue.message) }) : verbatim(issue.message)
}
