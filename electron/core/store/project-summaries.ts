import type { DocumentSummary } from '../shared/model/document'
import { summarize } from '../shared/model/document-summary'
import type { DocumentPaths, LiveDocument } from './live-document'
import type { ProjectIndex } from './project-index'
import type { KeyedSerialQueue } from './serial'

/** How long after a change the index is written: changes come in bursts while tagging. */
const INDEX_WRITE_DELAY_MS = 2_000
/** How many documents are read at once to summarise them when the index does not have them. */
const SUMMARY_READERS = 8

/** What the summaries need of the project store that owns them. */
export interface SummariesHost {
  readonly index: ProjectIndex
  readonly queue: KeyedSerialQueue
  /** The project's documents, in order. */
  documentIds(): readonly string[]
  /** The documents loaded (or loading) now. */
  loadedDocuments(): ReadonlyMap<string, Promise<LiveDocument>>
  /** Reads a document without keeping it loaded, failing with a message that names the file. */
  readUnkept(id: string): Promise<LiveDocument>
  pathsOf(id: string): DocumentPaths
  /** True when this store holds the writer's lock (only a writer records and writes the index). */
  isWriter(): boolean
  isClosed(): boolean
}

/**
 * The document list's summaries, kept in the project index (`index.json`). A summary is taken from the
 * index while its stamp matches the document's files, and otherwise from the document; the writer
 * records what it read and writes the index a moment after the last change.
 */
export class ProjectSummaries {
  private writeTimer: NodeJS.Timeout | null = null

  constructor(private readonly host: SummariesHost) {}

  /**
   * Every document's summary, in the project's order, without reading the documents whose index entry
   * still matches their files; a document that cannot be read is given to `onProblem`.
   */
  async list(onProblem: (id: string, error: unknown) => DocumentSummary): Promise<DocumentSummary[]> {
    const { host } = this
    const ids = host.documentIds()
    const loaded = host.loadedDocuments()
    const indexed = await host.index.lookupMany(
      ids.filter((id) => !loaded.has(id)),
      (id) => host.pathsOf(id)
    )
    const summaries: (DocumentSummary | undefined)[] = ids.map((id) => indexed.get(id))
    // The rest are read a few at a time: 10,000 documents read at once would all sit in memory together.
    const missing = ids.flatMap((id, position) => (indexed.has(id) ? [] : [position]))
    const readNext = async (): Promise<void> => {
      for (let position = missing.shift(); position !== undefined; position = missing.shift()) {
        const id = ids[position] ?? ''
        summaries[position] = await this.summaryOf(id).catch((error: unknown) => onProblem(id, error))
      }
    }
    await Promise.all(Array.from({ length: SUMMARY_READERS }, readNext))
    if (host.isWriter()) {
      host.index.forget(new Set(host.documentIds()))
      this.scheduleWrite()
    }
    return summaries.map((summary, position) => summary ?? onProblem(ids[position] ?? '', new Error('the document was not read')))
  }

  /** The title the list last showed a document under, even when its files have changed since (or no longer read). */
  async lastKnownTitle(id: string): Promise<string | undefined> {
    return (await this.host.index.lastRecorded(id))?.title
  }

  /** The index is written a moment after the last change, from the documents changed since. */
  scheduleWrite(): void {
    if (this.writeTimer || this.host.isClosed()) return
    this.writeTimer = setTimeout(() => {
      this.writeTimer = null
      void this.refresh()
    }, INDEX_WRITE_DELAY_MS)
    this.writeTimer.unref()
  }

  /** On close: the index is written now if it changed (a cache: failing to write it costs only a slower next start). */
  close(): void {
    if (this.writeTimer) clearTimeout(this.writeTimer)
    this.writeTimer = null
    if (!this.host.isWriter()) return
    try {
      this.host.index.writeSync()
    } catch {
      // The index is rebuilt from the documents when it does not match them.
    }
  }

  private async summaryOf(id: string): Promise<DocumentSummary> {
    const { host } = this
    const loaded = host.loadedDocuments().get(id)
    if (loaded) return this.recordSummary(id, await loaded)
    const indexed = await host.index.lookup(id, host.pathsOf(id))
    if (indexed) return indexed
    // Read only to be summarised: not kept in memory, so rebuilding the index of 10,000 documents does not hold them all.
    const summarizeFresh = async (): Promise<DocumentSummary> => {
      const cached = host.loadedDocuments().get(id)
      if (cached) return summarize((await cached).data)
      return summarize((await host.readUnkept(id)).data)
    }
    if (!host.isWriter() || host.isClosed()) return summarizeFresh()
    return host.queue.run(`document:${id}`, async () => {
      const summary = await summarizeFresh()
      await host.index.record(id, host.pathsOf(id), summary)
      return summary
    })
  }

  /** The summary of a loaded document; the writer records it in the index, in the document's queue so no change slips between. */
  private async recordSummary(id: string, live: LiveDocument): Promise<DocumentSummary> {
    const { host } = this
    if (!host.isWriter() || host.isClosed()) return summarize(live.data)
    return host.queue.run(`document:${id}`, async () => {
      const summary = summarize(live.data)
      await host.index.record(id, host.pathsOf(id), summary)
      return summary
    })
  }

  private async refresh(): Promise<void> {
    try {
      for (const [id, loading] of this.host.loadedDocuments()) {
        const live = await loading.catch(() => null)
        if (live && !this.host.isClosed()) await this.recordSummary(id, live)
      }
      if (!this.host.isClosed()) await this.host.index.write()
    } catch {
      // A cache that could not be written: the next start reads the documents it does not match.
    }
  }
}
