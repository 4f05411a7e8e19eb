import { z } from 'zod'
import { ApiError } from '../shared/errors'
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
  warn?(message: string): void
}

/** A file that cannot be read: one sentence naming the file (and the line) and the problem. */
export function interchangeError(where: string, problem: string): ApiError {
  return new ApiError('invalid-input', `${where} ${problem}`)
}

/** The first problem zod found, as words: `annotations.0.start: expected number`. */
export function describeIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const issue = issues[0]
  if (!issue) return 'is not what Tessera expects'
  return issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message
}
