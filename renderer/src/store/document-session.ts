import type { Events } from '@core/shared/contract'
import { appendAnnotationPage, applyDocumentChange } from '@core/shared/documents/apply-change'
import type { DocumentRecord } from '@core/shared/model/document'
import type { ApiClient } from '../api/client'
import { afterPaint } from '../shared/after-paint'

type Change = Events['document.changed']

/** Annotations in the first slice: enough for the top of any text, small enough to parse in a few ms. */
const FIRST_PAGE = 1_000
/** Annotations in each later slice: one page is parsed and drawn in a task well under 50 ms. */
const PAGE = 1_500

export interface SessionOptions {
  firstPage?: number
  page?: number
  /** Waits between slices; by default until the last slice is painted, so the text in view comes first. */
  pause?: () => Promise<void>
}

/**
 * The open document as the store holds it. It is read in slices (`documents.open`, then pages of
 * annotations in reading order), the first drawn before the next is asked for, and then kept current by
 * patching it from each `document.changed` event; events that arrive while slices are still coming, or
 * while a write of this window awaits its answer, are held and applied after. A revision gap or an event without annotations reads it all again.
 */
export class DocumentSession {
  private current: DocumentRecord | null = null
  private documentId: string | null = null
  private revision = 0
  private loading = false
  private writing = 0
  private held: Change[] = []
  private generation = 0
  private settled: Promise<void> = Promise.resolve()
  private readonly firstPage: number
  private readonly page: number
  private readonly pause: () => Promise<void>

  constructor(
    private readonly client: Pick<ApiClient, 'call'>,
    private readonly onChange: (document: DocumentRecord | null, loading: boolean) => void,
    private readonly onError: (error: unknown) => void,
    options: SessionOptions = {}
  ) {
    this.firstPage = options.firstPage ?? FIRST_PAGE
    this.page = options.page ?? PAGE
    this.pause = options.pause ?? (() => afterPaint())
  }

  get document(): DocumentRecord | null {
    return this.current
  }

  get isLoading(): boolean {
    return this.loading
  }

  /** Opens a document: its text and first annotations are shown as soon as they arrive, the rest follow. */
  open(documentId: string): Promise<void> {
    return (this.settled = this.load(documentId, true))
  }

  /** Reads the open document again in the background; the copy shown is replaced once the whole read is in. */
  reload(): Promise<void> {
    return (this.settled = this.documentId ? this.load(this.documentId, false) : Promise.resolve())
  }

  /** Resolves when the read under way (an open or a read again) is done. */
  whenSettled(): Promise<void> {
    return this.settled
  }

  /** Applies a write's stored result to the copy now (its event, when it comes, changes nothing more). */
  update(documentId: string, change: (document: DocumentRecord) => DocumentRecord): void {
    if (this.current?.id !== documentId) return
    this.set(change(this.current))
  }

  /**
   * A write of this window is under way: change events wait for its answer (`endWrite`), so the screen
   * never shows its change twice, once drawn pending and once stored, in between.
   */
  beginWrite(): void {
    this.writing += 1
  }

  /** The write's answer is applied (see `update`): the events held meanwhile are applied now, in order. */
  endWrite(): void {
    this.writing = Math.max(0, this.writing - 1)
    if (this.writing === 0 && !this.loading) this.applyHeld()
  }

  /** Shows no document (the open one was deleted); any read under way is dropped. */
  close(): void {
    this.cancel()
    this.documentId = null
    this.held = []
    this.set(null)
  }

  /** Forgets any read under way (its answers are dropped). */
  cancel(): void {
    this.generation += 1
    this.loading = false
  }

  private set(document: DocumentRecord | null): void {
    this.current = document
    this.onChange(document, this.loading)
  }

  private async load(documentId: string, showEarly: boolean): Promise<void> {
    const generation = ++this.generation
    const stale = (): boolean => generation !== this.generation
    this.documentId = documentId
    this.loading = true
    this.held = []
    try {
      const opening = await this.client.call('documents.open', { documentId, limit: this.firstPage })
      if (stale()) return
      let copy: DocumentRecord = { ...opening.document, annotations: opening.annotations }
      this.revision = opening.revision
      if (showEarly) this.set(copy)
      let next = opening.next
      while (next) {
        if (showEarly) await this.pause()
        const page = await this.client.call('documents.annotations', { documentId, after: next, limit: this.page })
        if (stale()) return
        // A write of this window may have landed meanwhile: build on the copy as it is now.
        copy = appendAnnotationPage(showEarly && this.current?.id === documentId ? this.current : copy, page.annotations)
        if (showEarly) this.set(copy)
        next = page.next
      }
      this.loading = false
      this.set(copy)
      if (this.writing === 0) this.applyHeld()
    } catch (error) {
      if (stale()) return
      this.loading = false
      this.onChange(this.current, false)
      this.onError(error)
    }
  }

  private applyHeld(): void {
    const held = this.held.sort((a, b) => a.revision - b.revision)
    this.held = []
    for (const change of held) this.receive(change)
  }

  /** A `document.changed` event: the project store, the one subscriber to the core's events, passes each one on. */
  receive(change: Change): void {
    if (change.documentId !== this.documentId) return
    if (this.loading || this.writing > 0) {
      this.held.push(change)
      return
    }
    if (change.revision <= this.revision || !this.current) return
    const patched = change.revision === this.revision + 1 ? applyDocumentChange(this.current, change) : null
    if (!patched) {
      void this.reload()
      return
    }
    this.revision = change.revision
    this.set(patched)
  }
}
