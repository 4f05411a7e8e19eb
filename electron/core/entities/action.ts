import type { CoreContext } from '../context'
import { documentChangedPayload } from '../documents/changed-event'
import { runAction, type Action } from '../history/actions'
import type { Applied } from './applied'
import { applyMentionCommands, type MentionCommand } from './document-commands'
import { applyEntityCommands, type EntityCommand } from './entity-commands'

/**
 * One durable write of an entity action, with the commands that take it back and do it again. These
 * are two more kinds of the history's `Step` (beside its `document` and `tags`), replayed by
 * `applyEntityStep`.
 */
export type EntityStep =
  | { kind: 'entities'; undo: EntityCommand[]; redo: EntityCommand[] }
  | { kind: 'mentions'; documentId: string; undo: MentionCommand[]; redo: MentionCommand[] }

/**
 * The writes of an entity or relation change, inside one undoable action of the session history: each
 * write is durable before the next starts and is announced once on disk; all of them are one undo step.
 */
export class EntityAction {
  constructor(
    private readonly context: CoreContext,
    private readonly action: Action
  ) {}

  async entities(commands: readonly EntityCommand[]): Promise<Applied<EntityCommand>> {
    const change = await writeEntities(this.context, commands)
    if (change.changed) this.action.steps.push({ kind: 'entities', undo: change.inverse, redo: change.redo })
    return change
  }

  async document(documentId: string, commands: readonly MentionCommand[]): Promise<Applied<MentionCommand>> {
    const change = await writeDocument(this.context, documentId, commands)
    if (change.changed) this.action.steps.push({ kind: 'mentions', documentId, undo: change.inverse, redo: change.redo })
    return change
  }
}

/**
 * Runs `work` as one undoable action of the session history (after any change in progress); if it
 * fails part-way, what it wrote is undone and the error reaches the caller.
 */
export function runEntityAction<T>(
  context: CoreContext,
  label: string | ((result: T) => string),
  work: (action: EntityAction) => Promise<T>
): Promise<T> {
  return runAction(context, { label }, (action) => work(new EntityAction(context, action)))
}

/** Replays one entity step one way, durably, announcing the change (called by the history's replay). */
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
  if (result.changed) {
    const fields: ('annotations' | 'status')[] = commands.some((c) => c.type === 'setStatus') ? ['annotations', 'status'] : ['annotations']
    context.emit('document.changed', documentChangedPayload(document, context.revisions.next(documentId), annotationIdsOf(commands), fields))
  }
  return result
}

function entityIdsOf(commands: readonly EntityCommand[]): string[] {
  const ids = commands.map((c) => (c.type === 'put' ? c.entity.id : c.type === 'remove' ? c.entityId : c.suggestion.entityId))
  return [...new Set(ids)]
}

/** The annotations a change touched: linked, added or removed, or at an end of a relation added or removed. */
function annotationIdsOf(commands: readonly MentionCommand[]): string[] {
  const ids = commands.flatMap((c): string[] => {
    switch (c.type) {
      case 'setEntity':
        return [c.annotationId]
      case 'insertAnnotation':
        return [c.annotation.id]
      case 'removeAnnotation':
        return [c.annotationId]
      case 'addRelation':
        return [c.relation.from, c.relation.to]
      case 'removeRelation':
      case 'setStatus':
        return []
    }
  })
  return [...new Set(ids)]
}
