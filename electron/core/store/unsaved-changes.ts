import { verbatim, type Said } from '../shared/i18n/said'
import type { UnsavedChange } from '../shared/model/backups'
import { StoreError } from './errors'

interface Kept {
  documentId: string
  reason: string
  said: Said
  errno: string | undefined
  since: string
  /** Applies the change again on the document's current state and writes it. */
  save: () => Promise<void>
}

/**
 * Changes whose write failed (a full disk, a read-only or failing drive): kept in memory, never shown
 * as saved, and written again in order when the caller asks (`retry`) or on a timer, so the work
 * survives until the disk allows. Each saved change is announced through `onSaved`.
 */
export class UnsavedChanges {
  private readonly kept: Kept[] = []
  private timer: NodeJS.Timeout | null = null
  private retrying: Promise<{ saved: number; remaining: number }> | null = null

  constructor(
    private readonly retryEveryMs: number,
    private readonly onSaved: (documentId: string) => void,
    /** Called with the whole list whenever a change is kept, saved, or fails again for another reason. */
    private readonly onChange: (pending: UnsavedChange[]) => void = () => undefined
  ) {}

  keep(documentId: string, failure: StoreError, save: () => Promise<void>): void {
    this.kept.push({ documentId, reason: failure.message, said: failure.said, errno: failure.errno, since: new Date().toISOString(), save })
    this.onChange(this.list())
    this.schedule()
  }

  list(): UnsavedChange[] {
    return this.kept.map(({ documentId, reason, said, errno, since }) => (errno ? { documentId, reason, said, errno, since } : { documentId, reason, said, since }))
  }

  /** Writes the kept changes in the order they were made, stopping at the first that still fails. */
  retry(): Promise<{ saved: number; remaining: number }> {
    this.retrying ??= this.retryAll().finally(() => {
      this.retrying = null
    })
    return this.retrying
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private async retryAll(): Promise<{ saved: number; remaining: number }> {
    let saved = 0
    for (let next = this.kept[0]; next; next = this.kept[0]) {
      try {
        await next.save()
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        const changed = reason !== next.reason
        next.reason = reason
        next.said = error instanceof StoreError ? error.said : verbatim(reason)
        next.errno = error instanceof StoreError ? error.errno : next.errno
        if (changed) this.onChange(this.list())
        break
      }
      this.kept.shift()
      saved += 1
      this.onSaved(next.documentId)
    }
    if (saved > 0) this.onChange(this.list())
    this.schedule()
    return { saved, remaining: this.kept.length }
  }

  private schedule(): void {
    if (this.timer || this.kept.length === 0) return
    this.timer = setTimeout(() => {
      this.timer = null
      void this.retry()
    }, this.retryEveryMs)
    this.timer.unref()
  }
}
