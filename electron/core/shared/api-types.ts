/**
 * Result types of the contract's methods (project, export, history, search,
 * tags). Kept here, free of Node imports, so the renderer's type check can read the contract.
 */
import type { RelationTypeDefinition } from './model/relation-types'
import type { DocumentFieldDefinition } from './model/document-fields'
import type { DocumentStatus } from './model/document'
import type { ExportReport } from './exports/format-exporter'
import type { TagDefinition } from './model/project'
import type { HistoryMessage } from './i18n/history-message'

export interface HistoryState {
  canUndo: boolean
  canRedo: boolean
  /** "Undo tag ‘Hama’ as Place" (in English, for the CLI and logs), or null when there is nothing to undo. */
  undoLabel: string | null
  redoLabel: string | null
  /** The same as messages, for the interface to say in the user's language (i18n/history-message.ts). */
  undoMessage: HistoryMessage | null
  redoMessage: HistoryMessage | null
}

/** What `documents.remove` took out of the project (one undo step brings it all back). */
export interface DocumentRemovalResult {
  documentIds: string[]
  annotations: number
  relations: number
  /** Annotations linked to an entity: the entity stays, these mentions of it go. */
  entityMentions: number
}

export interface HistoryMoveResult extends HistoryState {
  /** What the move did, in English words ("Undone: tag ‘Hama’ as Place"), or null when there was nothing to do. */
  done: string | null
  /** The same as a message, for the interface to say in the user's language. */
  doneMessage: HistoryMessage | null
  /** Documents whose content the move changed. */
  documentIds: string[]
  /** True when the tag schema changed. */
  tagsChanged: boolean
}

export interface FoundMatch {
  documentId: string
  /** UTF-16 offsets into the document's text, like annotations'. */
  start: number
  end: number
  prefix: string
  quote: string
  suffix: string
}

export interface FindResult {
  /** Every match in the documents searched, counted even past `limit`. */
  total: number
  /** Matches per document, in project order; documents without a match are left out. */
  documents: { documentId: string; title: string; count: number }[]
  /** The first `limit` matches, in project order then text order. */
  matches: FoundMatch[]
  truncated: boolean
}

export interface TagAllResult {
  /** Annotations created. */
  added: number
  /** Matches skipped because an annotation with the same tag already covers exactly that span. */
  skipped: number
  /** Documents that gained annotations. */
  documentIds: string[]
}

export interface TagDeleteResult {
  tags: TagDefinition[]
  /** Annotations removed with the tag. */
  deleted: number
  /** Annotations moved to the other tag. */
  moved: number
}

export interface ProjectInfo {
  name: string
  description: string
  dir: string
  tags: TagDefinition[]
  /** Whole-article labels the project defines (empty when none). */
  documentFields: DocumentFieldDefinition[]
  author: string
  /** The relation types the project defines beside attributed-to and stated-in. */
  relationTypes: RelationTypeDefinition[]
  /** Blind mode: the author sees only their own layer on a document until they mark it done for themselves. */
  blindMode: boolean
}

/** What `tessera info` and the project settings show: counts by tag and by status. */
export interface ProjectStats {
  name: string
  description: string
  dir: string
  schemaVersion: number
  documentCount: number
  /** Documents whose file cannot be read (listed with their problem by documents.list). */
  unreadableDocumentCount: number
  annotationCount: number
  annotationsByTag: Record<string, number>
  documentsByStatus: Record<DocumentStatus, number>
}

export interface ExportFile {
  fileName: string
  mimeType: string
  /** The file's text (`utf8`), or a ZIP's bytes in base64 for multi-file formats. */
  content: string
  encoding: 'utf8' | 'base64'
  documentCount: number
  report: ExportReport
}

/** What the export dialog offers to choose from. */
export interface ExportChoices {
  outlets: string[]
  authors: string[]
  statuses: { status: DocumentStatus; count: number }[]
}
