import { applyAnnotationCommand, type AnnotationCommand, type CommandEnvironment } from '../annotations/commands'
import type { Applied } from '../history/applied'
import type { Annotation } from '../shared/model/annotation'
import type { DocumentMetadata, DocumentRecord, DocumentStatus } from '../shared/model/document'
import type { CurationDecision } from '../shared/model/adjudication'
import { applyLinkCommand, type LinkCommand } from './link-commands'
import { setField, type SetFieldCommand } from './field-commands'

/** Editable metadata of a document (everything but its immutable text and import record). */
export type MetadataChanges = Partial<DocumentMetadata>

/**
 * Every change to one document, in one language: its annotations (annotations/commands.ts), their
 * links to entities and their relations (link-commands.ts), its status and its metadata. Each applies
 * with an exact inverse, so the history undoes any of them the same way.
 */
export type DocumentCommand =
  | AnnotationCommand
  | LinkCommand
  | { type: 'setStatus'; status: DocumentStatus }
  /** Marks a document not yet started as in progress (the user annotating it); any other status stays. */
  | { type: 'markStarted' }
  | { type: 'updateMetadata'; changes: MetadataChanges }
  /** Adds an annotator to (or takes them from) those who marked the document done for themselves. */
  | { type: 'setDoneBy'; author: string; done: boolean }
  /** Replaces the curator's decisions on the document (core/adjudication). */
  | { type: 'setCuration'; curation: CurationDecision[] }
  | SetFieldCommand

export interface DocumentChange extends Applied<DocumentCommand> {
  /** Annotations created, changed or removed, in command order (for events and the caller's result). */
  annotations: Annotation[]
  /** Which parts of the document changed. */
  fields: Set<'annotations' | 'status' | 'metadata'>
}

/**
 * Applies `commands` to `document` in order, in place, and returns what undoes and redoes all of
 * them. The status changes only by a `setStatus` or `markStarted` command: bulk changes (Link all,
 * Tag all) leave it as the user set it. Throws (leaving the draft to be discarded) when any command does not fit.
 */
export function applyDocumentCommands(
  document: DocumentRecord,
  commands: readonly DocumentCommand[],
  environment: CommandEnvironment
): DocumentChange {
  const change: DocumentChange = { changed: false, inverse: [], redo: [], annotations: [], fields: new Set() }
  const record = (applied: Applied<DocumentCommand>, field: 'annotations' | 'status' | 'metadata') => {
    if (!applied.changed) return
    change.changed = true
    change.fields.add(field)
    change.inverse = [...applied.inverse, ...change.inverse]
    change.redo = [...change.redo, ...applied.redo]
  }
  for (const command of commands) {
    if (command.type === 'setStatus') {
      record(setStatus(document, command.status), 'status')
    } else if (command.type === 'markStarted') {
      if (document.status === 'not-started') record(setStatus(document, 'in-progress'), 'status')
    } else if (command.type === 'setDoneBy') {
      record(setDoneBy(document, command.author, command.done), 'status')
    } else if (command.type === 'setCuration') {
      record(setCuration(document, command.curation), 'status')
    } else if (command.type === 'updateMetadata') {
      record(updateMetadata(document, command.changes), 'metadata')
    } else if (command.type === 'setField') {
      record(setField(document, command.fieldId, command.value), 'metadata')
    } else if (command.type === 'setEntity' || command.type === 'addRelation' || command.type === 'removeRelation') {
      const outcome = applyLinkCommand(document, command)
      record(outcome, 'annotations')
      change.annotations.push(...outcome.annotations)
    } else {
      const outcome = applyAnnotationCommand(document, command, environment)
      record(outcome, 'annotations')
      change.annotations.push(outcome.annotation)
    }
  }
  return change
}

function setStatus(document: DocumentRecord, status: DocumentStatus): Applied<DocumentCommand> {
  const previous = document.status
  if (previous === status) return { changed: false, inverse: [], redo: [] }
  document.status = status
  return { changed: true, inverse: [{ type: 'setStatus', status: previous }], redo: [{ type: 'setStatus', status }] }
}

function setDoneBy(document: DocumentRecord, author: string, done: boolean): Applied<DocumentCommand> {
  const doneBy = document.doneBy ?? []
  if (doneBy.includes(author) === done) return { changed: false, inverse: [], redo: [] }
  // Never deleted once present: the journal records a removed field as null, which the schema would refuse.
  document.doneBy = done ? [...doneBy, author] : doneBy.filter((name) => name !== author)
  return { changed: true, inverse: [{ type: 'setDoneBy', author, done: !done }], redo: [{ type: 'setDoneBy', author, done }] }
}

function setCuration(document: DocumentRecord, curation: CurationDecision[]): Applied<DocumentCommand> {
  const previous = document.curation ?? []
  if (JSON.stringify(previous) === JSON.stringify(curation)) return { changed: false, inverse: [], redo: [] }
  // Never deleted once present, as `doneBy`: the journal would record a removed field as null.
  document.curation = structuredClone(curation)
  return { changed: true, inverse: [{ type: 'setCuration', curation: structuredClone(previous) }], redo: [{ type: 'setCuration', curation: structuredClone(curation) }] }
}

function updateMetadata(document: DocumentRecord, changes: MetadataChanges): Applied<DocumentCommand> {
  const previous: MetadataChanges = {}
  const applied: MetadataChanges = {}
  for (const key of Object.keys(changes) as (keyof DocumentMetadata)[]) {
    const value = changes[key]
    if (value === undefined || document[key] === value) continue
    Object.assign(previous, { [key]: document[key] })
    Object.assign(applied, { [key]: value })
    Object.assign(document, { [key]: value })
  }
  if (Object.keys(applied).length === 0) return { changed: false, inverse: [], redo: [] }
  return { changed: true, inverse: [{ type: 'updateMetadata', changes: previous }], redo: [{ type: 'updateMetadata', changes: applied }] }
}
