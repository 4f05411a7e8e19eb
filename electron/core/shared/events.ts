import type { Annotation } from './model/annotation'
import type { DocumentFieldDefinition } from './model/document-fields'
import type { UnsavedChange } from './model/backups'
import type { DocumentSummary } from './model/document'
import type { TagDefinition } from './model/project'
import type { Relation } from './model/relation'
import type { HistoryState } from './api-types'
import type { ImportFileProgress } from './import/progress'
import type { WorkspaceState } from './workspace/types'

/** Events the core emits after a change is on disk; shells forward them to every window. */
export interface Events {
  'document.changed': {
    documentId: string
    /** One more than the document's previous announcement (see `documents.open`): a gap means one was missed. */
    revision: number
    annotationCount: number
    /** Annotations created, changed or removed by this change. */
    annotationIds: string[]
    /**
     * The stored state of those of `annotationIds` still in the document (the others were removed).
     * Absent when the whole document may have changed (a restore): read it again then.
     */
    annotations?: Annotation[]
    /** The document's relations after the change, with `annotations`. */
    relations?: Relation[]
    fields: ('annotations' | 'status' | 'metadata')[]
    /** The document as the list shows it, after the change. */
    summary: DocumentSummary
  }
  /** The tag schema changed (after its write): every window redraws tags from it. */
  'project.changed': { tags: TagDefinition[]; documentFields?: DocumentFieldDefinition[] }
  'history.changed': HistoryState
  'documents.added': { documentIds: string[] }
  /** Documents were taken out of the project (after project.json no longer lists them). */
  'documents.removed': { documentIds: string[] }
  /** Entities were created, changed or removed (after the write of entities.json). */
  'entities.changed': { entityIds: string[] }
  /**
   * Relations across documents were added or removed (`documentIds`: the documents at their ends, when
   * known; empty for a removal), or the project's relation types changed (`typesChanged`).
   */
  'relations.changed': { documentIds: string[]; typesChanged?: boolean }
  /** An export under way: documents read so far over all the passes its format makes. */
  'export.progress': { done: number; total: number }
  /** An app's import (the `runId` its `import.files` calls carry) reading a file or done with it: each window follows its own run. */
  'import.progress': ImportFileProgress & { runId: string }
  /** The corpus views' index is being built (views wait for it): documents written so far of all, from 0. */
  'views.indexing': { documents: number; total: number }
  /** Sent by the desktop shell only: a menu item asks the focused window's app to act. */
  'shell.command': { command: ShellCommand }
  /** Changes whose write failed and are kept in memory changed (one kept, one finally saved): the whole list. */
  'saves.changed': { pending: UnsavedChange[] }
  /** The open project changed (opened, created, closed, switched) or the settings did: every window reloads. */
  'workspace.changed': WorkspaceState
}
/** What the desktop menu can ask the app to do; the ids of shortcuts where the menu item has one. */
export type ShellCommand = 'projects' | 'newProject' | 'openSample' | 'closeProject' | 'projectSettings' | 'backups' | 'undo' | 'redo' | 'find' | 'shortcuts'
export type EventName = keyof Events
/** One event with its payload, as shells pass it on to windows and browser tabs. */
export type EventMessage = { [E in EventName]: { event: E; payload: Events[E] } }[EventName]
