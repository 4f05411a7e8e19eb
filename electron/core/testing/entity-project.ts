/** A project opened the way the core opens it, with its session history at hand (tests only). */
import { join } from 'node:path'
import { applyAnnotationCommand } from '../annotations/commands'
import type { EventName, Events } from '../shared/contract'
import type { CoreContext } from '../context'
import { addDocuments } from '../documents/add-documents'
import { moveInHistory } from '../history/actions'
import type { HistoryEntry } from '../history/history'
import { documentChangedPayload } from '../documents/changed-event'
import type { Annotation } from '../shared/model/annotation'
import type { AttributeValues } from '../shared/model/attributes'
import type { DocumentRecord } from '../shared/model/document'
import { loadSampleCorpus } from '../workspace/sample'
import { ProjectStore } from '../store/project-store'
import { OpenedProject } from '../workspace/opened-project'
import { RESOURCES_DIR } from './helpers'

export interface TestProject {
  context: CoreContext
  store: ProjectStore
  /** The label of every action recorded in the history, in order (undo does not remove them). */
  recorded: string[]
  events: { event: EventName; payload: unknown }[]
  undo(): Promise<void>
  redo(): Promise<void>
  /** Tags the `occurrence`-th appearance of `text` in a document, with attributes, as the workbench would. */
  annotate(documentId: string, tag: string, text: string, options?: { occurrence?: number; attributes?: AttributeValues }): Promise<Annotation>
  close(): void
}

export async function openTestProject(parent: string, documents: DocumentRecord[] | 'sample' = 'sample'): Promise<TestProject> {
  const store = await ProjectStore.open(join(parent, 'project'))
  const opened = new OpenedProject(store, {
    author: () => 'tester',
    announce: () => undefined,
    isOpen: () => true,
    onProjectInfoChanged: () => undefined
  })
  const recorded: string[] = []
  const record = opened.history.record.bind(opened.history)
  opened.history.record = (entry: HistoryEntry) => {
    recorded.push(entry.label)
    record(entry)
  }
  const events: { event: EventName; payload: unknown }[] = []
  const { context } = opened
  const emit = context.emit.bind(context)
  // Every event the project's bus carries, in order (the view index follows the same bus).
  context.emit = <E extends EventName>(event: E, payload: Events[E]) => {
    events.push({ event, payload })
    emit(event, payload)
  }
  await addDocuments(context, documents === 'sample' ? (await loadSampleCorpus(RESOURCES_DIR)).documents : documents)
  return {
    context,
    store,
    recorded,
    events,
    async undo() {
      if (!(await moveInHistory(context, 'undo')).done) throw new Error('nothing to undo')
    },
    async redo() {
      if (!(await moveInHistory(context, 'redo')).done) throw new Error('nothing to redo')
    },
    async annotate(documentId, tag, text, options = {}) {
      const document = await store.getDocument(documentId)
      let start = -1
      for (let i = 0; i <= (options.occurrence ?? 0); i += 1) {
        start = document.text.indexOf(text, start + 1)
        if (start === -1) throw new Error(`“${text}” (occurrence ${options.occurrence ?? 0}) is not in ${documentId}`)
      }
      const { document: updated, result } = await store.updateDocument(documentId, (draft) => {
        const outcome = applyAnnotationCommand(draft, { type: 'create', tag, start, end: start + text.length }, { tags: store.info.tags, author: 'tester', now: new Date().toISOString() })
        const created = draft.annotations.find((a) => a.id === outcome.annotation.id)
        if (created) created.attributes = { ...options.attributes }
        return created ?? outcome.annotation
      })
      context.emit('document.changed', documentChangedPayload(updated, context.revisions.next(documentId), [result.id], ['annotations']))
      return result
    },
    close: () => store.close()
  }
}
