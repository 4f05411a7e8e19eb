import type { HistoryState } from '../shared/api-types'
import type { DocumentCommand } from '../documents/commands'
import type { DocumentSetCommand } from '../documents/set-commands'
import type { EntityCommand } from '../entities/entity-commands'
import type { TagCommand } from '../tags/commands'
import type { CrossRelationCommand } from '../relations/cross-commands'
import type { RelationTypeDefinition } from '../shared/model/relation-types'
import type { DocumentFieldDefinition } from '../shared/model/document-fields'
import type { HistoryMessage } from '../shared/i18n/history-message'
import { inEnglish } from './in-english'

/**
 * One durable store write of an action, with the commands that take it back and do it again: a
 * document (documents/<id>), the tag schema (project.json) or the entities (entities.json). Replayed
 * either way by history/actions.ts, whatever the kind.
 */
export type Step =
  | { kind: 'document'; documentId: string; undo: DocumentCommand[]; redo: DocumentCommand[] }
  | { kind: 'tags'; undo: TagCommand[]; redo: TagCommand[] }
  | { kind: 'entities'; undo: EntityCommand[]; redo: EntityCommand[] }
  | { kind: 'crossRelations'; undo: CrossRelationCommand[]; redo: CrossRelationCommand[] }
  | { kind: 'relationTypes'; undo: RelationTypeDefinition[]; redo: RelationTypeDefinition[] }
  /** Which documents the project holds (project.json and the documents' files): a removal and its restore. */
  | { kind: 'documentSet'; undo: DocumentSetCommand[]; redo: DocumentSetCommand[] }
  | { kind: 'documentFields'; undo: DocumentFieldDefinition[]; redo: DocumentFieldDefinition[] }

/** Everything one user action changed (a tag-all across documents is one entry), undone as one. */
export interface HistoryEntry {
  /** What the action did, in English words: "tag ‘Hama’ as Place" (the message said in English). */
  label: string
  /** What the action did, as a message to say in the user's language. */
  message: HistoryMessage
  steps: Step[]
  /** Consecutive entries with the same key (typing in one note) merge into one undo step. */
  mergeKey?: string
  at: number
}

export type { HistoryState }

export const HISTORY_LIMIT = 500
/** Edits of the same field closer together than this merge into one undo step. */
export const MERGE_WINDOW_MS = 5_000

/**
 * The session's undo and redo stacks for one project, and the one-at-a-time lane every change runs in
 * (two windows acting at once are serialised, so each entry's inverse holds against the state it left).
 */
export class History {
  private readonly undoStack: HistoryEntry[] = []
  private redoStack: HistoryEntry[] = []
  private lane: Promise<unknown> = Promise.resolve()

  constructor(private readonly limit = HISTORY_LIMIT) {}

  /** Runs `work` once every change started before it has finished. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.lane.then(work, work)
    this.lane = run.catch(() => undefined)
    return run
  }

  /** Records a new action: clears what could be redone, merges with the last entry when both say so. */
  record(entry: HistoryEntry): void {
    const last = this.undoStack[this.undoStack.length - 1]
    const merges =
      entry.mergeKey !== undefined &&
      last?.mergeKey === entry.mergeKey &&
      this.redoStack.length === 0 &&
      entry.at - last.at < MERGE_WINDOW_MS &&
      sameTargets(last.steps, entry.steps)
    this.redoStack = []
    if (last && merges) {
      last.steps = last.steps.map((step, i) => ({ ...step, redo: entry.steps[i]?.redo ?? step.redo }) as Step)
      last.at = entry.at
      last.label = entry.label
      last.message = entry.message
      return
    }
    this.undoStack.push(entry)
    if (this.undoStack.length > this.limit) this.undoStack.splice(0, this.undoStack.length - this.limit)
  }

  peekUndo(): HistoryEntry | undefined {
    return this.undoStack[this.undoStack.length - 1]
  }

  peekRedo(): HistoryEntry | undefined {
    return this.redoStack[this.redoStack.length - 1]
  }

  /** The last action was undone: it moves to the redo stack. */
  undone(): void {
    const entry = this.undoStack.pop()
    if (entry) this.redoStack.push({ ...entry, mergeKey: undefined })
  }

  /** The last undone action was redone: it moves back, never merging with what follows. */
  redone(): void {
    const entry = this.redoStack.pop()
    if (entry) this.undoStack.push({ ...entry, mergeKey: undefined })
  }

  state(): HistoryState {
    const undo = this.peekUndo()
    const redo = this.peekRedo()
    const undoMessage: HistoryMessage | null = undo ? { key: 'history.undo', values: { action: undo.message } } : null
    const redoMessage: HistoryMessage | null = redo ? { key: 'history.redo', values: { action: redo.message } } : null
    return {
      canUndo: undo !== undefined,
      canRedo: redo !== undefined,
      undoLabel: undoMessage && inEnglish(undoMessage),
      redoLabel: redoMessage && inEnglish(redoMessage),
      undoMessage,
      redoMessage
    }
  }
}

function sameTargets(a: readonly Step[], b: readonly Step[]): boolean {
  return a.length === b.length && a.every((step, i) => {
    const other = b[i]
    if (!other || other.kind !== step.kind) return false
    if (step.kind === 'documentSet') return false
    if (step.kind !== 'document') return true
    return 'documentId' in other && other.documentId === step.documentId
  })
}
