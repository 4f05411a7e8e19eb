import { join } from 'node:path'
import type { ProjectStore } from '../store/project-store'
import { StoredViewIndex, STORED_VIEWS_FILE, type StoredViewsOptions } from './stored/stored-index'
import { foldName } from './stored/schema'
import { ClaimOrder } from './claim-order'
import { EntityTally } from './entities-view'
import { FigureGroups } from './figures-view'
import { UnlinkedMentions } from './unlinked-mentions'
import { extractDocument, type DocumentExtract } from './extract'
import { documentFor, EVERY_LAYER, stampFor, viewpointOf, type Reader } from '../layers/blind-reads'

/** Documents read at once while extracting: enough to keep the disk busy, few enough to hold little. */
const EXTRACTORS = 8
/** How long after the document list is shown the background extraction starts: the first paint comes first. */
const WARM_AFTER_MS = 500
/**
 * From this many documents the views are answered from the index on disk. Below it the extracts in memory
 * are small (about 60 MB at 1,000 articles of 50 spans) and cheaper than the file: building and opening it
 * costs about 1.2 s of CPU even for five articles (SQLite's WebAssembly compiled in the worker and again
 * in the main thread, and a synced write per batch).
 */
export const STORED_VIEWS_FROM = 1_000

/**
 * The per-document extracts the corpus views read, kept current by change events: a change marks its
 * document stale and only that document is extracted again, on the next read. The first read of a
 * session extracts every document once (the project index can hand the extracts over instead).
 */
export class ViewIndex {
  private readonly extracts = new Map<string, DocumentExtract>()
  private readonly stale = new Set<string>()
  /** Documents that could not be read, with why: left out of the views, not fatal. */
  readonly problems = new Map<string, string>()
  /** The claims kept sorted across changes, for the Claims view. */
  readonly claimOrder = new ClaimOrder()
  /** Mentions per entity and outlet, for the Entities view. */
  readonly entityTally = new EntityTally()
  /** Figures per thing counted and outlet, for the Figures view. */
  readonly figureGroups = new FigureGroups()
  /** Unlinked mentions by matching key, for suggestions. */
  readonly unlinkedMentions = new UnlinkedMentions()
  /** Bumped by each invalidation, so an extraction that raced with a change does not count as fresh. */
  private readonly generation = new Map<string, number>()
  /** Extractions under way, shared by every caller that needs the same document meanwhile. */
  private readonly reading = new Map<string, Promise<DocumentExtract | undefined>>()

  constructor(
    private readonly source: { documentIds(): readonly string[]; load(id: string): Promise<DocumentExtract> },
    /** When false, `warmSoon` does nothing: the index is built on the first view's read. */
    private readonly warm = false,
    /** Opens the index on disk (absent for a project opened read-only). */
    private readonly openStored: (() => StoredViewIndex) | null = null,
    /** The number of documents from which the index on disk is used (`STORED_VIEWS_FROM`). */
    private readonly storedFrom = STORED_VIEWS_FROM,
    /** Whose view the extracts are taken for: blind mode shows a blind annotator only their own work. */
    private readonly reader: () => Reader = () => EVERY_LAYER
  ) {}

  /** The viewpoint the extracts (here and on disk) were taken for; null until the first read pins it. */
  private viewpoint: string | null = null

  /**
   * Blind mode turned on or off, or another annotator working: the extracts taken for the previous viewpoint are
   * stale (those held here all; on disk, those whose stamp no longer matches, which `stampFor` makes all).
   */
  private followReader(): void {
    const viewpoint = viewpointOf(this.reader())
    if (viewpoint === this.viewpoint) return
    const first = this.viewpoint === null
    this.viewpoint = viewpoint
    // Nothing was taken for another viewpoint yet (every read pins it first): the stamps on disk need no second look.
    if (first) return
    for (const id of this.extracts.keys()) this.invalidate(id)
    this.storedIndex?.viewpointChanged()
  }

  private storedIndex: StoredViewIndex | null = null

  /**
   * The index kept on disk, which the views read instead of the extracts held here, once the project
   * holds `storedFrom` documents: the first call that finds it there opens the index and drops the
   * extracts held here (an import that takes the project past it switches it over; it stays after).
   * Null while the extracts here serve every view.
   */
  storedIndexNow(): StoredViewIndex | null {
    if (!this.storedIndex && this.openStored && this.source.documentIds().length >= this.storedFrom) {
      this.storedIndex = this.openStored()
      // The file answers from now on: the extracts held for the memory views would only take room.
      this.extracts.clear()
      this.stale.clear()
    }
    return this.storedIndex
  }

  /**
   * The index that answers a view, and the documents it could not read (a live map: read it after the
   * view, so it names those the view missed). The index on disk when it is open and the view reads the
   * whole corpus; else the extracts held here, which also answer views limited by a document field.
   */
  answering(wholeCorpus: boolean): { stored: StoredViewIndex | null; problems: ReadonlyMap<string, string> } {
    this.followReader()
    const stored = wholeCorpus ? this.storedIndexNow() : null
    return { stored, problems: stored ? stored.problems : this.problems }
  }

  /** Marks one document for extraction on the next read (on each `document.changed` of the project's bus). */
  invalidate(documentId: string): void {
    // A change that takes the project past `storedFrom` (an import) switches it to the index on disk here.
    this.storedIndexNow()?.invalidate(documentId)
    this.stale.add(documentId)
    this.generation.set(documentId, (this.generation.get(documentId) ?? 0) + 1)
  }

  /**
   * Every document's extract, in the project's document order. Documents not extracted yet are read a
   * few at a time; callers asking meanwhile share those reads instead of repeating them.
   */
  async all(): Promise<DocumentExtract[]> {
    this.followReader()
    const ids = this.source.documentIds()
    const extracts: (DocumentExtract | undefined)[] = new Array(ids.length)
    let next = 0
    const extractNext = async (): Promise<void> => {
      for (let position = next++; position < ids.length; position = next++) extracts[position] = await this.fresh(ids[position] as string)
    }
    await Promise.all(Array.from({ length: EXTRACTORS }, extractNext))
    if (this.extracts.size > ids.length || this.problems.size > 0) {
      const known = new Set(ids)
      for (const id of this.extracts.keys()) if (!known.has(id)) this.extracts.delete(id)
      for (const id of this.problems.keys()) if (!known.has(id)) this.problems.delete(id)
    }
    return extracts.filter((extract): extract is DocumentExtract => extract !== undefined)
  }

  /**
   * Extracts every document in the background, once, so the first view a user opens is answered from
   * memory: called when a window has listed the project's documents (the app is interactive by then).
   */
  warmSoon(): void {
    if (!this.warm || this.warming) return
    this.warming = true
    this.followReader()
    const stored = this.storedIndexNow()
    setTimeout(() => void (stored ? stored.current() : this.all()).catch(() => undefined), WARM_AFTER_MS).unref()
  }

  /** The project is closing: a build of the index on disk under way ends, so nothing waits for it. */
  closing(): void {
    this.storedIndex?.closing()
  }

  close(): void {
    this.storedIndex?.close()
  }
  private warming = false

  /** One document's extract, or undefined when the project has no such readable document. */
  async of(documentId: string): Promise<DocumentExtract | undefined> {
    this.followReader()
    return this.source.documentIds().includes(documentId) ? this.fresh(documentId) : undefined
  }

  private fresh(id: string): Promise<DocumentExtract | undefined> | DocumentExtract | undefined {
    const cached = this.stale.has(id) ? undefined : this.extracts.get(id)
    if (cached) return cached
    let reading = this.reading.get(id)
    if (!reading) {
      reading = this.extract(id).finally(() => this.reading.delete(id))
      this.reading.set(id, reading)
    }
    return reading
  }

  private async extract(id: string): Promise<DocumentExtract | undefined> {
    const generation = this.generation.get(id) ?? 0
    try {
      const extract = await this.source.load(id)
      this.extracts.set(id, extract)
      if ((this.generation.get(id) ?? 0) === generation) this.stale.delete(id)
      this.problems.delete(id)
      return extract
    } catch (error) {
      this.problems.set(id, error instanceof Error ? error.message : String(error))
      return undefined
    }
  }
}

/**
 * The view index of an opened project, reading documents from its store. `warm` builds it in the
 * background once a window has listed the documents (the app's shells; off for the CLI and tests);
 * `options` are the index on disk's (progress of its build).
 */
export function createViewIndex(
  store: ProjectStore,
  warm: boolean,
  options: StoredViewsOptions & { storedFrom?: number } = {},
  reader: () => Reader = () => EVERY_LAYER
): ViewIndex {
  const documentIds = (): readonly string[] => store.info.documentIds
  // Read without being kept loaded: extracting 10,000 documents must not hold them all in memory.
  const load = async (id: string): Promise<DocumentExtract> => extractDocument(documentFor(reader(), await store.readDocumentOnce(id)))
  // Read-only (the CLI's list and export): the file belongs to the project's writer, which may be
  // rewriting it meanwhile, so a reader extracts what it shows instead.
  const openStored = store.readOnly
    ? null
    : () =>
        new StoredViewIndex(join(store.dir, STORED_VIEWS_FILE), {
          documentIds,
          load,
          stamp: async (id) => stampFor(reader(), await store.documentStamp(id)),
          reader,
          entityNameKeys: async () => new Map((await store.entities.read()).entities.map((e) => [e.id, foldName(e.name)]))
        }, options)
  return new ViewIndex({ documentIds, load }, warm, openStored, options.storedFrom, reader)
}
