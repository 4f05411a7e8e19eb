import { said } from '../shared/i18n/said'
import { UNSAVED_RETRY_EVERY_MS, type UnsavedChange } from '../shared/model/backups'
import type { DocumentRecord } from '../shared/model/document'
import { StoreError, storeErrorFromErrno, type StoreErrorCode } from './errors'
import { COMPACT_AFTER_CHANGES } from './live-document'
import type { LoadedDocuments } from './loaded-documents'
import type { KeyedSerialQueue } from './serial'
import { UnsavedChanges } from './unsaved-changes'

/** Failures of the disk rather than of the change: the change is kept in memory and written again later. */
const KEPT_ON_FAILURE = new Set<StoreErrorCode>(['disk-full', 'read-only', 'write-failed'])

export interface DocumentWritesHost {
  readonly dir: string
  readonly queue: KeyedSerialQueue
  readonly documents: LoadedDocuments
  assertWritable(): void
  /** A document's files changed: the index and the backups learn of it. */
  documentChanged(): void
}

/**
 * Changes to one document at a time, in its queue: applied to a copy, journalled durably, then made current.
 * A write the disk refuses is kept (UnsavedChanges) and written again later; a journal grown long enough is
 * folded into the document's JSON file in the background.
 */
export class DocumentWrites {
  private readonly savedListeners: ((documentId: string) => void)[] = []
  private readonly unsavedListeners: ((pending: UnsavedChange[]) => void)[] = []
  readonly unsaved = new UnsavedChanges(
    UNSAVED_RETRY_EVERY_MS,
    (id) => this.savedListeners.forEach((listener) => listener(id)),
    (pending) => this.unsavedListeners.forEach((listener) => listener(pending))
  )

  constructor(private readonly host: DocumentWritesHost) {}

  async update<T>(id: string, change: (draft: DocumentRecord) => T, isUnchanged: (result: T) => boolean): Promise<{ document: DocumentRecord; result: T }> {
    this.host.assertWritable()
    return this.apply(id, change, isUnchanged, true)
  }

  onChangeSaved(listener: (documentId: string) => void): void {
    this.savedListeners.push(listener)
  }

  onUnsavedChanged(listener: (pending: UnsavedChange[]) => void): void {
    this.unsavedListeners.push(listener)
  }

  compact(id: string): Promise<void> {
    this.host.assertWritable()
    return this.host.queue.run(`document:${id}`, async () => {
      const live = await this.host.documents.load(id)
      if (live.pendingChanges > 0 || live.isOlderSchema) await live.compact()
    })
  }

  private apply<T>(
    id: string,
    change: (draft: DocumentRecord) => T,
    isUnchanged: (result: T) => boolean,
    keepOnFailure: boolean
  ): Promise<{ document: DocumentRecord; result: T }> {
    return this.host.queue.run(`document:${id}`, async () => {
      const live = await this.host.documents.load(id)
      let outcome
      try {
        outcome = await live.update(change, isUnchanged)
      } catch (error) {
        const converted = storeErrorFromErrno(error, this.host.dir)
        if (!keepOnFailure || !(converted instanceof StoreError) || !KEPT_ON_FAILURE.has(converted.code)) throw converted
        this.unsaved.keep(id, converted, async () => void (await this.apply(id, change, isUnchanged, false)))
        throw new StoreError(converted.code, said('problems.store.keptInMemory', { problem: converted.said }))
      }
      if (outcome.entries.length > 0) {
        this.host.documentChanged()
        if (live.pendingChanges >= COMPACT_AFTER_CHANGES) void this.compactInBackground(id)
      }
      return { document: live.data, result: outcome.result }
    })
  }

  private async compactInBackground(id: string): Promise<void> {
    try {
      await this.compact(id)
    } catch {
      // The journal still holds every change; compaction is tried again after the next change.
    }
  }
}
