import type { UnsavedChange } from '../model/backups'

interface Kept {
  documentId: string
  reason: string
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
    private readonly onSaved: (documentId: string) => void
  ) {}

  keep(documentId: string, reason: string, save: () => Promise<void>): void {
    this.kept.push({ documentId, reason, since: new Date().toISOString(), save })
    this.schedule()
  }

  list(): UnsavedChange[] {
    return this.kept.map(({ documentId, reason, since }) => ({ documentId, reason, since }))
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
        next.reason = error instanceof Error ? error.message : String(error)
        break
      }
      this.kept.shift()
      saved += 1
      this.onSaved(next.documentId)
    }
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
