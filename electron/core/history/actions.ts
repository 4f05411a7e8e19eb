import { readerOf, refuseHiddenEnds, type Reader } from '../layers/blind-reads'
import type { CoreContext } from '../context'
import { applyDocumentCommands, type DocumentChange, type DocumentCommand } from '../documents/commands'
import { documentChangedPayload } from '../documents/changed-event'
import type { DocumentSetCommand } from '../documents/set-commands'
import { applyDocumentSetCommands } from './document-set-step'
import { applyEntityCommands, type EntityCommand } from '../entities/entity-commands'
import { applyTagCommands, type TagChange, type TagCommand } from '../tags/commands'
import type { HistoryMoveResult } from '../shared/api-types'
import type { DocumentFieldDefinition } from '../shared/model/document-fields'
import type { Applied } from './applied'
import type { Step } from './history'
import type { HistoryMessage } from '../shared/i18n/history-message'
import { inEnglish } from './in-english'
import { atOnce } from './at-once'
import { applyCrossRelationCommands, crossRelationsTouching, type CrossRelationCommand } from '../relations/cross-commands'
import type { RelationTypeDefinition } from '../shared/model/relation-types'

/**
 * The one way a change reaches the store: inside an action. Each write of the action is durable
 * before the next starts and is announced once on disk; the action's inverse becomes one undo step.
 */
export class Action {
  readonly steps: Step[] = []

  constructor(private readonly context: CoreContext) {}

  /** Applies `commands` to one document in one durable write. */
  async document(documentId: string, commands: readonly DocumentCommand[]): Promise<DocumentChange> {
    const [change] = await this.documents([{ documentId, commands }])
    return change as DocumentChange
  }

  /**
   * Applies each document's commands in one durable write of that document, several documents at once (a bulk
   * change: a layer import, Tag all); the undo steps follow the order given. A failure stops the rest, and the
   * writes already made are undone with the action.
   */
  async documents(changes: readonly { documentId: string; commands: readonly DocumentCommand[] }[]): Promise<DocumentChange[]> {
    const reader = readerOf(this.context)
    const written = await atOnce(changes, ({ documentId, commands }) => writeDocument(this.context, documentId, commands, reader))
    changes.forEach(({ documentId }, index) => {
      const change = written.results[index]
      if (change?.changed) this.steps.push({ kind: 'document', documentId, undo: change.inverse, redo: change.redo })
    })
    if (written.failed) throw written.failure
    // An annotation deleted takes its relations across documents with it, in the same undo step.
    const deleted = changes.flatMap(({ documentId, commands }) => commands.flatMap((c) => (c.type === 'delete' ? [{ documentId, annotationId: c.annotationId }] : [])))
    if (deleted.length > 0) {
      const relations = await this.context.store.crossRelations.read()
      const touching = [...new Set(deleted.map((d) => d.documentId))].flatMap((documentId) =>
        crossRelationsTouching(relations, documentId, new Set(deleted.filter((d) => d.documentId === documentId).map((d) => d.annotationId)))
      )
      if (touching.length > 0) await this.crossRelations([...new Set(touching)].map((r) => ({ type: 'remove', relationId: r.id })))
    }
    return written.results as DocumentChange[]
  }

  /** Applies `commands` to the project's relations across documents (relations.json) in one durable write. */
  async crossRelations(commands: readonly CrossRelationCommand[]): Promise<Applied<CrossRelationCommand>> {
    const change = await writeCrossRelations(this.context, commands)
    if (change.changed) this.steps.push({ kind: 'crossRelations', undo: change.inverse, redo: change.redo })
    return change
  }

  /** Replaces the project's relation types (project.json) in one durable write. */
  async relationTypes(next: RelationTypeDefinition[]): Promise<void> {
    const previous = this.context.store.info.relationTypes
    if (JSON.stringify(previous) === JSON.stringify(next)) return
    await writeRelationTypes(this.context, next)
    this.steps.push({ kind: 'relationTypes', undo: structuredClone([...previous]), redo: structuredClone(next) })
  }

  /** Applies `commands` to the project's tag schema in one durable write. */
  async tags(commands: readonly TagCommand[]): Promise<TagChange> {
    const change = await writeTags(this.context, commands)
    if (change.changed) this.steps.push({ kind: 'tags', undo: change.inverse, redo: change.redo })
    return change
  }

  /** Removes or restores whole documents (documents/removal.ts). */
  async documentSet(commands: readonly DocumentSetCommand[]): Promise<Applied<DocumentSetCommand>> {
    const change = await applyDocumentSetCommands(this.context, commands)
    if (change.changed) this.steps.push({ kind: 'documentSet', undo: change.inverse, redo: change.redo })
    return change
  }

  /** Replaces the project's document field definitions in one durable write of project.json. */
  async documentFields(fields: DocumentFieldDefinition[]): Promise<boolean> {
    const previous = structuredClone(this.context.store.info.documentFields ?? [])
    const changed = await writeDocumentFields(this.context, fields)
    if (changed) this.steps.push({ kind: 'documentFields', undo: previous, redo: structuredClone(fields) })
    return changed
  }

  /** Applies `commands` to the project's entities (entities.json) in one durable write. */
  async entities(commands: readonly EntityCommand[]): Promise<Applied<EntityCommand>> {
    const change = await writeEntities(this.context, commands)
    if (change.changed) this.steps.push({ kind: 'entities', undo: change.inverse, redo: change.redo })
    return change
  }
}

export interface ActionOptions<T> {
  /** What the action did, for the Undo/Redo labels (said in English and in the user's language); may read the action's result. */
  message: HistoryMessage | ((result: T) => HistoryMessage)
  mergeKey?: string
}

/**
 * Runs `work` as one undoable action, after any change in progress. When `work` fails part-way, the
 * writes it already made are undone, so the store is as before and the error reaches the caller.
 */
export function runAction<T>(context: CoreContext, options: ActionOptions<T>, work: (action: Action) => Promise<T>): Promise<T> {
  const { history } = context
  return history.exclusive(async () => {
    const action = new Action(context)
    let result: T
    try {
      result = await work(action)
    } catch (error) {
      await replay(context, [...action.steps].reverse(), 'undo')
      throw error
    }
    if (action.steps.length > 0) {
      const message = typeof options.message === 'function' ? options.message(result) : options.message
      history.record({ label: inEnglish(message), message, steps: action.steps, mergeKey: options.mergeKey, at: Date.now() })
      context.emit('history.changed', history.state())
    }
    return result
  })
}

/** Undoes the last action (direction `undo`) or redoes the last undone one, durably, before answering. */
export function moveInHistory(context: CoreContext, direction: 'undo' | 'redo'): Promise<HistoryMoveResult> {
  const { history } = context
  return history.exclusive(async () => {
    const entry = direction === 'undo' ? history.peekUndo() : history.peekRedo()
    if (!entry) return { ...history.state(), done: null, doneMessage: null, documentIds: [], tagsChanged: false }
    const steps = direction === 'undo' ? [...entry.steps].reverse() : entry.steps
    await replay(context, steps, direction)
    if (direction === 'undo') history.undone()
    else history.redone()
    context.emit('history.changed', history.state())
    const documentIds = [...new Set(entry.steps.flatMap((step) => (step.kind === 'document' ? [step.documentId] : step.kind === 'documentSet' ? documentSetIds(step.redo) : [])))]
    const doneMessage: HistoryMessage = { key: direction === 'undo' ? 'history.undid' : 'history.redid', values: { action: entry.message } }
    return {
      ...history.state(),
      done: inEnglish(doneMessage),
      doneMessage,
      documentIds,
      tagsChanged: entry.steps.some((step) => step.kind === 'tags' || step.kind === 'documentFields')
    }
  })
}

/**
 * Applies each step's undo or redo commands, steps in the order given. If a write fails, the steps
 * already replayed are put back the other way, so an undo happens wholly or not at all.
 */
async function replay(context: CoreContext, steps: readonly Step[], direction: 'undo' | 'redo'): Promise<void> {
  const done: Step[] = []
  try {
    for (const run of runsOfDistinctDocuments(steps)) {
      const applied = await atOnce(run, (step) => applyStep(context, step, direction))
      run.forEach((step, index) => applied.results[index] !== undefined && done.unshift(step))
      if (applied.failed) throw applied.failure
    }
  } catch (error) {
    const back = direction === 'undo' ? 'redo' : 'undo'
    for (const step of done) await applyStep(context, step, back).catch(() => undefined)
    throw error
  }
}

/** The steps in runs that may be replayed at once: consecutive steps of different documents; any other step alone. */
function runsOfDistinctDocuments(steps: readonly Step[]): Step[][] {
  const runs: Step[][] = []
  let run: Step[] = []
  const ids = new Set<string>()
  for (const step of steps) {
    if (step.kind !== 'document' || ids.has(step.documentId)) {
      if (run.length > 0) runs.push(run)
      run = []
      ids.clear()
    }
    if (step.kind !== 'document') {
      runs.push([step])
      continue
    }
    run.push(step)
    ids.add(step.documentId)
  }
  if (run.length > 0) runs.push(run)
  return runs
}

async function applyStep(context: CoreContext, step: Step, direction: 'undo' | 'redo'): Promise<true> {
  switch (step.kind) {
    case 'document':
      await writeDocument(context, step.documentId, step[direction])
      return true
    case 'tags':
      await writeTags(context, step[direction])
      return true
    case 'entities':
      await writeEntities(context, step[direction])
      return true
    case 'crossRelations':
      await writeCrossRelations(context, step[direction])
      return true
    case 'relationTypes':
      await writeRelationTypes(context, step[direction])
      return true
    case 'documentSet':
      await applyDocumentSetCommands(context, step[direction])
      return true
    case 'documentFields':
      await writeDocumentFields(context, step[direction])
      return true
  }
}

/**
 * Writes `commands` to one document. A new change (`reader` given) may not link or relate another annotator's
 * annotation that blind mode hides from the reader; undo and redo replay what was allowed when it was made.
 */
async function writeDocument(context: CoreContext, documentId: string, commands: readonly DocumentCommand[], reader?: Reader): Promise<DocumentChange> {
  const { store } = context
  const environment = { tags: store.info.tags, author: context.author, now: new Date().toISOString() }
  const { document, result } = await store.updateDocument(
    documentId,
    (draft) => {
      if (reader) refuseHiddenEnds(reader, draft, commands)
      return applyDocumentCommands(draft, commands, environment)
    },
    (change) => !change.changed
  )
  if (result.changed) {
    const revision = context.revisions.next(documentId)
    context.emit(
      'document.changed',
      documentChangedPayload(
        document,
        revision,
        result.annotations.map((a) => a.id),
        [...result.fields]
      )
    )
  }
  return result
}

async function writeEntities(context: CoreContext, commands: readonly EntityCommand[]): Promise<Applied<EntityCommand>> {
  const change = await context.store.entities.update((draft) => applyEntityCommands(draft, commands), (applied) => !applied.changed)
  if (change.changed) context.emit('entities.changed', { entityIds: entityIdsOf(commands) })
  return change
}

async function writeCrossRelations(context: CoreContext, commands: readonly CrossRelationCommand[]): Promise<Applied<CrossRelationCommand>> {
  const change = await context.store.crossRelations.update((draft) => applyCrossRelationCommands(draft, commands), (applied) => !applied.changed)
  if (change.changed) context.emit('relations.changed', { documentIds: documentIdsOf(commands) })
  return change
}

function documentIdsOf(commands: readonly CrossRelationCommand[]): string[] {
  return [...new Set(commands.flatMap((c) => (c.type === 'add' ? [c.relation.fromDocumentId, c.relation.toDocumentId] : [])))]
}

async function writeRelationTypes(context: CoreContext, relationTypes: RelationTypeDefinition[]): Promise<void> {
  await context.store.updateProjectFile({ relationTypes })
  context.emit('relations.changed', { documentIds: [], typesChanged: true })
}

function entityIdsOf(commands: readonly EntityCommand[]): string[] {
  const ids = commands.map((c) => (c.type === 'put' ? c.entity.id : c.type === 'remove' ? c.entityId : c.suggestion.entityId))
  return [...new Set(ids)]
}

async function writeTags(context: CoreContext, commands: readonly TagCommand[]): Promise<TagChange> {
  const change = applyTagCommands(context.store.info.tags, commands)
  if (change.changed) {
    await context.store.updateProjectFile({ tags: change.tags })
    context.emit('project.changed', { tags: change.tags, documentFields: context.store.info.documentFields ?? [] })
  }
  return change
}

function documentSetIds(commands: readonly DocumentSetCommand[]): string[] {
  return commands.flatMap((c) => (c.type === 'remove' ? c.documentIds : c.documents.map((d) => d.record.id)))
}

async function writeDocumentFields(context: CoreContext, fields: DocumentFieldDefinition[]): Promise<boolean> {
  const { store } = context
  if (JSON.stringify(store.info.documentFields ?? []) === JSON.stringify(fields)) return false
  await store.updateProjectFile({ documentFields: fields })
  context.emit('project.changed', { tags: store.info.tags, documentFields: fields })
  return true
}
