import { rmSync } from 'node:fs'
import { dirname } from 'node:path'
import type { DocumentExtract } from '../extract'
import { StoredAggregates, contributionOf, storedContribution } from './aggregates'
import { buildInWorker, checkInWorker, type IndexBuild, type IndexCheck } from './build-in-worker'
import type { Reader } from '../../layers/blind-reads'
import { COLLATION, deleteIndexFiles, type IndexBuildProgress, type IndexBuildRequest } from './index-build'
import { STORED_VIEWS_VERSION } from './schema'
import { readExtracts } from './read-extracts'
import { Sql, type SqlRow } from './sqlite'
import { StoredRows } from './stored-rows'

/** The index file, beside the project's files; a cache of them, never the truth. */
export const STORED_VIEWS_FILE = 'views-index.sqlite'
/** Documents extracted and written per transaction when the main thread brings the file up to date. */
const BATCH = 100
/** Documents whose stamps are compared at once at the first read of a session. */
const STAMP_SLICE = 256
/** Document rows read at once when the file is opened: the thread is let go between slices. */
const ROW_SLICE = 2_000

/** Lets the event loop run what waits (a window's call, a write) before the next step. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
/**
 * Past this many stale documents, and this share of the corpus, the file is built anew in the worker
 * instead of updated on the main thread (each batch of 100 blocks the main thread for a second or more).
 */
const MAIN_THREAD_UPDATE_MAX = 500
const MAIN_THREAD_UPDATE_SHARE = 0.2

export type StartBuild = (request: IndexBuildRequest, onProgress: (progress: IndexBuildProgress) => void) => IndexBuild

export interface StoredViewsOptions {
  /** Told how far a build has come: at its start, then after each batch of documents written. */
  onProgress?(progress: IndexBuildProgress): void
  /** Starts a build of the whole file; by default in the shipped worker (tests bring a worker that fails). */
  startBuild?: StartBuild
  /** Document rows read per step when the file is opened (`ROW_SLICE`; tests make it small). */
  rowsPerStep?: number
  /** Checks the pages of a file not closed cleanly; by default in the shipped worker, off the main thread. */
  checkPages?: (path: string) => IndexCheck
}

export interface StoredViewsSource {
  documentIds(): readonly string[]
  /** The stamp of a document's files now: a stored document whose stamp differs is extracted again. */
  stamp(id: string): Promise<string>
  load(id: string): Promise<DocumentExtract>
  /** Each entity's name as the Claims view sorts actors by it (`foldName`). */
  entityNameKeys(): Promise<ReadonlyMap<string, string>>
  /** Whose view the extracts are taken for (blind mode); part of each stamp (`stampFor`). */
  reader(): Reader
}

/**
 * The corpus views' index kept in an SQLite file beside the project (`views-index.sqlite`), read by
 * range: every view asks it for one page or for counts it keeps, so the process holds what a view
 * shows, whatever the corpus's size. Kept current like the memory index it replaces: a change marks
 * its document stale and the next read writes that document's rows again; at the first read of a
 * session every document's stamp is compared with the stored one, so changes made while the index was
 * closed (another program, a crash, a restore) are taken in. A missing file, one of another version,
 * one whose build never finished or that SQLite finds damaged is deleted and built again from the
 * documents, in a worker thread: the build of a large corpus takes minutes, and the process goes on
 * answering meanwhile. Views asked during a build wait for it (answering them from memory instead
 * would read and hold the whole corpus on the main thread a second time, which is what the file spares).
 */
export class StoredViewIndex {
  private sql: Sql | null = null
  private aggregates = new StoredAggregates()
  private rows = new StoredRows()
  private readonly stale = new Set<string>()
  private readonly generation = new Map<string, number>()
  /** Documents stored, by id, with their row id, outlet and the stamp of the files they were read from. */
  private stored = new Map<string, { doc: number; outlet: string; stamp: string }>()
  private checked = false
  private closed = false
  private updating: Promise<void> = Promise.resolve()
  private build: IndexBuild | null = null
  private pageCheck: IndexCheck | null = null
  /** The entity names the stored actor sort keys were made with. */
  actorNames = new Map<string, string>()
  /** Documents that could not be read, with why: left out of the views, not fatal. */
  readonly problems = new Map<string, string>()

  constructor(
    readonly path: string,
    private readonly source: StoredViewsSource,
    private readonly options: StoredViewsOptions = {}
  ) {}

  /**
   * The viewpoint changed (blind mode turned on or off, another annotator): every stored stamp is compared again
   * at the next read, so the extracts taken under the old one are taken again (most of them: a build in the worker).
   */
  viewpointChanged(): void {
    this.checked = false
  }

  invalidate(documentId: string): void {
    this.stale.add(documentId)
    this.generation.set(documentId, (this.generation.get(documentId) ?? 0) + 1)
  }

  /**
   * Runs `read` on the index once it holds every document as stored now. An SQLite error (a file
   * damaged under it) deletes the file, builds it again and reads once more.
   */
  async read<T>(read: (sql: Sql, aggregates: StoredAggregates) => T): Promise<T> {
    try {
      return read(await this.current(), this.aggregates)
    } catch (error) {
      // A read that lost the file to a close is not a damaged file.
      if (!isSqliteError(error) || this.closed) throw error
      this.discard()
      return read(await this.current(), this.aggregates)
    }
  }

  /** Brings the file up to date; updates never overlap. */
  current(): Promise<Sql> {
    const run = this.updating.then(() => this.update())
    this.updating = run.then(
      () => undefined,
      () => undefined
    )
    return run
  }

  /**
   * The project is closing: a build under way is ended (its unfinished file is built again next time),
   * so calls waiting for it fail now instead of holding the close up; no update starts from here on.
   */
  closing(): void {
    this.closed = true
    this.build?.stop(closedError())
    this.pageCheck?.stop(closedError())
  }

  /** Closes the file, marked as closed cleanly (and ends a build, as `closing`); an update stops at its next document batch. */
  close(): void {
    this.closing()
    if (!this.sql) return
    try {
      this.sql.run("INSERT OR REPLACE INTO meta VALUES ('clean', '1')")
    } finally {
      this.sql.close()
      this.sql = null
    }
  }

  private async update(): Promise<Sql> {
    if (this.closed) throw closedError()
    let sql = this.sql ?? (await this.openExisting()) ?? (await this.buildFile())
    await this.checkStamps()
    if (this.mostlyStale()) {
      // A project copied, moved or restored (every stamp differs): writing most documents' rows again on
      // the main thread would block it for as long as a build takes, so the worker builds the file anew.
      this.forget()
      sql = await this.buildFile()
      await this.checkStamps()
    }
    const ids = this.source.documentIds()
    const present = new Set(ids)
    const gone = [...this.stored.keys()].filter((id) => !present.has(id))
    if (gone.length > 0) sql.transaction(() => gone.forEach((id) => this.remove(sql, id)))
    const stale = ids.filter((id) => this.stale.has(id))
    for (const id of this.stale) if (!present.has(id)) this.stale.delete(id)
    for (const id of this.problems.keys()) if (!present.has(id)) this.problems.delete(id)
    for (let from = 0; from < stale.length; from += BATCH) {
      const batch = stale.slice(from, from + BATCH)
      const generations = batch.map((id) => this.generation.get(id) ?? 0)
      const stamps = await Promise.all(batch.map((id) => this.source.stamp(id)))
      const extracts = await readExtracts(batch, (id) => this.source.load(id), (id, reason) => this.problems.set(id, reason))
      batch.forEach((id, i) => {
        if (extracts[i]) this.problems.delete(id)
      })
      if (this.closed) throw closedError()
      sql.transaction(() => {
        batch.forEach((id, i) => {
          const extract = extracts[i]
          this.remove(sql, id)
          if (extract) this.insert(sql, extract, stamps[i] ?? '')
          // One that could not be read stays stale: it is tried again at each read, so a file restored is seen.
          if (extract && (this.generation.get(id) ?? 0) === generations[i]) this.stale.delete(id)
        })
      })
    }
    return sql
  }

  /** At the first update after the file is opened: documents whose files changed since they were stored are stale. */
  private async checkStamps(): Promise<void> {
    if (this.checked) return
    // Without blocking: at 100,000 documents, stat-ing them one by one held the thread for 3 s. A slice
    // at a time keeps the stats in flight few and lets other work run between slices.
    const ids = [...this.source.documentIds()]
    for (let from = 0; from < ids.length; from += STAMP_SLICE) {
      const slice = ids.slice(from, from + STAMP_SLICE)
      const stamps = await Promise.all(slice.map((id) => this.source.stamp(id)))
      if (this.closed) throw closedError()
      slice.forEach((id, i) => {
        if (this.stored.get(id)?.stamp !== stamps[i]) this.stale.add(id)
      })
    }
    this.checked = true
  }

  private mostlyStale(): boolean {
    const documents = this.source.documentIds().length
    // Documents that could not be read stay stale; a build would leave them out just the same.
    const stale = this.stale.size - [...this.problems.keys()].filter((id) => this.stale.has(id)).length
    return stale > MAIN_THREAD_UPDATE_MAX && stale > documents * MAIN_THREAD_UPDATE_SHARE
  }

  /** Closes the file and forgets what it held, for a build to replace it. */
  private forget(): void {
    this.sql?.close()
    this.sql = null
    this.stored = new Map()
  }

  /**
   * Builds the file from every document in a worker, then opens it. Changes made meanwhile mark their
   * documents stale again (and change their stamps), so the update that follows writes them afresh.
   */
  private async buildFile(): Promise<Sql> {
    // The worker reads every document as its files are from now on; only a later change needs reading again.
    // One it cannot read is missing from the file, so the update that follows reads it and records why.
    this.stale.clear()
    this.problems.clear()
    const actorNames = await this.source.entityNameKeys()
    if (this.closed) throw closedError()
    const request = { path: this.path, dir: dirname(this.path), documentIds: [...this.source.documentIds()], actorNames: [...actorNames], reader: this.source.reader() }
    const reported = (progress: IndexBuildProgress): void => this.options.onProgress?.(progress)
    reported({ documents: 0, total: request.documentIds.length })
    const build = (this.options.startBuild ?? buildInWorker)(request, reported)
    this.build = build
    try {
      await build.done
    } finally {
      this.build = null
    }
    if (this.closed) throw closedError()
    const sql = await this.openExisting()
    if (this.closed) throw closedError()
    if (!sql) throw new Error(`The corpus views' index ${this.path} was built but is not complete: it will be built again.`)
    return sql
  }

  private insert(sql: Sql, extract: DocumentExtract, stamp: string): void {
    const doc = this.rows.insert(sql, extract, stamp, (entityId) => this.actorNames.get(entityId), false)
    this.stored.set(extract.documentId, { doc, outlet: extract.outlet, stamp })
    this.aggregates.apply(sql, contributionOf(extract), 1)
  }

  private remove(sql: Sql, id: string): void {
    const stored = this.stored.get(id)
    if (!stored) return
    this.aggregates.apply(sql, storedContribution(sql, stored.doc, stored.outlet), -1)
    this.rows.remove(sql, stored.doc, id, false)
    this.stored.delete(id)
  }

  /** Opens the file when it is complete, of this version and sound; null when it must be built again. */
  /**
   * Opens the file when it can be trusted (else null: it is built again). In steps, the thread let go
   * between them: at 10,000 documents opening it in one go held the thread for about 450 ms.
   */
  private async openExisting(): Promise<Sql | null> {
    // SQLite's lock in this build is a folder beside the file: one left by a killed process must not block.
    rmSync(`${this.path}.lock`, { recursive: true, force: true })
    let sql: Sql | null = null
    const step = async (): Promise<void> => {
      await nextTurn()
      if (this.closed) throw closedError()
    }
    try {
      sql = Sql.open(this.path)
      await step()
      if (Number(sql.get('PRAGMA user_version')?.user_version) !== STORED_VIEWS_VERSION) throw new Error('another version')
      if (sql.get("SELECT value FROM meta WHERE key = 'complete'")?.value !== '1') throw new Error('never finished')
      // The Mentions view's order was made with this locale's collator: another locale orders otherwise.
      if (sql.get("SELECT value FROM meta WHERE key = 'collation'")?.value !== COLLATION) throw new Error('another collation')
      // Closed without a word (a crash, a kill): SQLite checks its pages before the file is trusted, in
      // the worker (it reads the whole file), while this thread has the file closed.
      if (sql.get("SELECT value FROM meta WHERE key = 'clean'")?.value !== '1') {
        sql.close()
        sql = null
        if (!(await this.pagesSound())) throw new Error('damaged')
        sql = Sql.open(this.path)
      }
      const documents: SqlRow[] = []
      for (let after = -1; ; ) {
        await step()
        const limit = this.options.rowsPerStep ?? ROW_SLICE
        const slice = sql.all('SELECT doc, id, outlet, stamp, date, mention_key, claim_key FROM documents WHERE doc > ? ORDER BY doc LIMIT ?', [after, limit])
        documents.push(...slice)
        if (slice.length < limit) break
        after = Number(slice[slice.length - 1]?.doc)
      }
      this.stored = new Map(documents.map((row) => [String(row.id), { doc: Number(row.doc), outlet: String(row.outlet), stamp: String(row.stamp) }]))
      await step()
      this.aggregates = StoredAggregates.load(sql)
      await step()
      for (const loadOrder of this.rows.loadSteps(documents)) {
        loadOrder()
        await step()
      }
      this.actorNames = new Map(sql.all('SELECT entity, name_key FROM actor_names').map((row) => [String(row.entity), String(row.name_key)]))
      // A 32 MB page cache: the memory the index may hold, whatever the corpus's size.
      sql.exec('PRAGMA synchronous = FULL; PRAGMA cache_size = -32000')
      sql.run("INSERT OR REPLACE INTO meta VALUES ('clean', '0')")
      this.checked = false
      return (this.sql = sql)
    } catch {
      sql?.close()
      return null
    }
  }

  private async pagesSound(): Promise<boolean> {
    const check = (this.options.checkPages ?? checkInWorker)(this.path)
    this.pageCheck = check
    try {
      return await check.done
    } finally {
      this.pageCheck = null
    }
  }

  /** Forgets the file (damaged under a read): the next read builds it again from the documents. */
  private discard(): void {
    try {
      this.sql?.close()
    } catch {
      // A damaged file may refuse even to close; it is deleted either way.
    }
    this.sql = null
    deleteIndexFiles(this.path)
    this.stored = new Map()
    this.checked = false
    this.updating = Promise.resolve()
  }
}

function closedError(): Error {
  return new Error('The project was closed.')
}

function isSqliteError(error: unknown): boolean {
  return error instanceof Error && error.name === 'SQLite3Error'
}
