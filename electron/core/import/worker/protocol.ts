import type { ApiErrorCode } from '../../shared/errors'
import type { Said } from '../../shared/i18n/said'
import type { DocumentFieldDefinition } from '../../shared/model/document-fields'
import type { DocumentRecord } from '../../shared/model/document'
import type { Entity } from '../../shared/model/entity'
import type { TagDefinition } from '../../shared/model/project'
import type { Fingerprint } from '../duplicates'
import type { FileCrossRelation } from '../imported-document'
import type { TextEncoding } from '../../shared/import/encodings'
import type { ImportLimits } from '../../shared/import/limits'
import type { AttributeAddition } from '../tag-for-label'
import type { BoundedWarnings } from '../warnings'

/**
 * What the main thread and an import worker say to each other. Everything here crosses the thread
 * boundary by structured clone: plain data only, no functions. The reader's callbacks (warn,
 * usedEncoding, companion, declare) stay inside the worker; what they report comes back as data.
 */

export interface NamedBytes {
  /** The file's path as the user chose it (relative inside a chosen folder). */
  name: string
  bytes: Uint8Array
}

/** Which files of a batch other files' readers read with them (brat's `.txt` beside its `.ann`). */
export interface PlanRequest {
  kind: 'plan'
  files: NamedBytes[]
}

export interface PlanResult {
  /** For each file whose reader names companions: those of them that are in the batch. */
  companions: [file: string, companions: string[]][]
}

/** What the worker needs to know of the project to turn a file into document records. */
export interface ProjectSnapshot {
  tags: TagDefinition[]
  /** Ids of the relation types the project defines: a relation of another project type is left out (reported). */
  relationTypeIds?: string[]
  entities: Entity[]
  /** Ids of documents the project holds: a file's own document id is kept only when free. */
  takenDocumentIds: string[]
  author: string
  /** ISO time of the import, for createdAt/importedAt. */
  now: string
}

export interface ExtractRequest {
  kind: 'extract'
  file: NamedBytes
  /** The files of the batch the file's reader reads with it (named by `companions(name)`). */
  companions: NamedBytes[]
  options: { encoding?: TextEncoding; skipInvalid: boolean; addNewTags: boolean; textField?: string }
  limits: ImportLimits
  project: ProjectSnapshot
}

export type ExtractedDocument =
  /** A document of a many-document file left out because the user chose to skip invalid entries. */
  | { kind: 'skipped'; warning: Said }
  | {
      kind: 'converted'
      record: DocumentRecord
      warnings: BoundedWarnings
      fingerprint: Fingerprint
      /** The document's id in the file, which the file's relations across documents name. */
      fileId?: string
      /** The file's annotation ids → the stored ones, for those the file's relations across documents name. */
      annotationIds?: [fileId: string, storedId: string][]
    }

export interface ExtractResult {
  format: string
  encoding: TextEncoding | null
  /** What the reader reported while reading, in order. */
  warnings: BoundedWarnings
  documents: ExtractedDocument[]
  /** Tags made for labels the project lacked and entities made from the file's declarations: the pipeline keeps those its documents use. */
  createdTags: TagDefinition[]
  /** Attributes the file declares for tags the project has and that lack them: the pipeline adds those of tags its documents use. */
  addedAttributes: AttributeAddition[]
  createdEntities: Entity[]
  /** The relations across documents the file states, by its own ids: the pipeline maps them once the documents are stored. */
  crossRelations?: FileCrossRelation[]
  /** Whole-article label definitions the file declares (the pipeline adds those the project lacks and its documents use). */
  declaredDocumentFields?: DocumentFieldDefinition[]
}

export type WorkerTask = PlanRequest | ExtractRequest

export type WorkerRequest = WorkerTask & { id: number }

/** An error thrown in the worker: ApiErrors keep their code, so the report reads as it always did. */
export interface SerializedError {
  message: string
  code: ApiErrorCode | null
  said?: Said
}

export type WorkerReply =
  | { kind: 'ready' }
  /**
   * Part of an extract's documents, sent ahead of its 'done': each message is copied into the main thread
   * as one task, so thousands of documents arrive as many short tasks with other calls between them.
   */
  | { kind: 'documents'; id: number; documents: ExtractedDocument[] }
  /** A line-based file read on (a line read or a document converted): its time budget starts again. */
  | { kind: 'progress'; id: number }
  | { kind: 'done'; id: number; result: PlanResult | ExtractResult }
  | { kind: 'failed'; id: number; error: SerializedError }
