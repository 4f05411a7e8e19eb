import type { CoreContext } from '../context'
import type { ProjectStore } from '../store/project-store'
import type { Applied } from './applied'
import { applyMentionCommands, type MentionCommand } from './document-commands'
import { applyEntityCommands, type EntityCommand } from './entity-commands'

/** One durable write of an action, with the commands that take it back and do it again. */
export type EntityStep =
  | { kind: 'entities'; undo: EntityCommand[]; redo: EntityCommand[] }
  | { kind: 'mentions'; documentId: string; undo: MentionCommand[]; redo: MentionCommand[] }

/** Everything one user action changed (a link-all across documents is one entry), undone as one. */
export interface EntityHistoryEntry {
  label: string
  steps: EntityStep[]
}

/**
 * The one way an entity or relation change reaches the store: inside an action. Each write is durable
 * before the next starts and is announced once on disk; the action's steps become one undo entry.
 *
 * The workbench's history (issue 7) has the same shape (`Action.document`, `Step`, `runAction`): when it
 * is merged, `EntityStep` joins its `Step` union (kinds `entities` and `mentions` do not collide with its
 * `document` and `tags`), its `applyStep` delegates them to `applyEntityStep`, and the sink records the
 * entry in its stack (or `runEntityAction` becomes a call of `runAction` with an `entities` method on
 * its `Action`).
 */
export class EntityAction {
  readonly steps: EntityStep[] = []

  constructor(private readonly context: CoreContext) {}

  async entities(commands: readonly EntityCommand[]): Promise<Applied<EntityCommand>> {
    const change = await writeEntities(this.context, commands)
    if (change.changed) this.steps.push({ kind: 'entities', undo: change.inverse, redo: change.redo })
    return change
  }

  async document(documentId: string, commands: readonly MentionCommand[]): Promise<Applied<MentionCommand>> {
    const change = await writeDocument(this.context, documentId, commands)
    if (change.changed) this.steps.push({ kind: 'mentions', documentId, undo: change.inverse, redo: change.redo })
    return change
  }
}

/** Where finished actions go: the session history of the project. */
export type EntityHistorySink = (entry: EntityHistoryEntry) => void

const lanes = new WeakMap<ProjectStore, Promise<unknown>>()
const sinks = new WeakMap<ProjectStore, EntityHistorySink>()

/** Sets where this project's entity actions are recorded (the session history; tests read it). */
export function setEntityHistorySink(store: ProjectStore, sink: EntityHistorySink): void {
  sinks.set(store, sink)
}

/**
 * Runs `work` as one undoable action, after any entity action in progress. When `work` fails part-way,
 * the writes it already made are undone, so the store is as before and the error reaches the caller.
 */
export function runEntityAction<T>(
  context: CoreContext,
  label: string | ((result: T) => string),
  work: (action: EntityAction) => Promise<T>
): Promise<T> {
  const { store } = context
  const run = (lanes.get(store) ?? Promise.resolve()).then(async () => {
    const action = new EntityAction(context)
    let result: T
    try {
      result = await work(action)
    } catch (error) {
      await replayEntitySteps(context, [...action.steps].reverse(), 'undo')
      throw error
    }
    if (action.steps.length > 0) {
      sinks.get(store)?.({ label: typeof label === 'function' ? label(result) : label, steps: action.steps })
    }
    return result
  })
  lanes.set(store, run.catch(() => undefined))
  return run
}

/** Undoes (or redoes) an entry: each step's commands, steps in reverse (or given) order, durably. */
export function undoEntityEntry(context: CoreContext, entry: EntityHistoryEntry): Promise<void> {
  return replayEntitySteps(context, [...entry.steps].reverse(), 'undo')
}

export function redoEntityEntry(context: CoreContext, entry: EntityHistoryEntry): Promise<void> {
  return replayEntitySteps(context, entry.steps, 'redo')
}

/** Applies steps one way; if a write fails, the ones already replayed are put back, so it is all or nothing. */
async function replayEntitySteps(context: CoreContext, steps: readonly EntityStep[], direction: 'undo' | 'redo'): Promise<void> {
  const done: EntityStep[] = []
  try {
    for (const step of steps) {
      await applyEntityStep(context, step, direction)
      done.unshift(step)
    }
  } catch (error) {
    const back = direction === 'undo' ? 'redo' : 'undo'
    for (const step of done) await applyEntityStep(context, step, back).catch(() => undefined)
    throw error
  }
}

/**
 * Replays one step, durably, announcing the change. The session history calls this for entity steps
 * (its own `applyStep` delegates `entities` and `mentions` steps here).
 */
export async function applyEntityStep(context: CoreContext, step: EntityStep, direction: 'undo' | 'redo'): Promise<void> {
  if (step.kind === 'mentions') await writeDocument(context, step.documentId, step[direction])
  else await writeEntities(context, step[direction])
}

async function writeEntities(context: CoreContext, commands: readonly EntityCommand[]): Promise<Applied<EntityCommand>> {
  const change = await context.store.entities.update((draft) => applyEntityCommands(draft, commands), (applied) => !applied.changed)
  if (change.changed) context.emit('entities.changed', { entityIds: entityIdsOf(commands) })
  return change
}

async function writeDocument(context: CoreContext, documentId: string, commands: readonly MentionCommand[]): Promise<Applied<MentionCommand>> {
  const { document, result } = await context.store.updateDocument(
    documentId,
    (draft) => applyMentionCommands(draft, commands),
    (applied) => !applied.changed
  )
  if (result.changed) context.emit('document.changed', { documentId, annotationCount: document.annotations.length })
  return result
}

function entityIdsOf(commands: readonly EntityCommand[]): string[] {
  const ids = commands.map((c) => (c.type === 'put' ? c.entity.id : c.type === 'remove' ? c.entityId : c.suggestion.entityId))
  return [...new Set(ids)]
}
