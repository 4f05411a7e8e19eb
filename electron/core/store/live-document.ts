import { createHash } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { DOCUMENT_SCHEMA_VERSION, type DocumentRecord } from '../shared/model/document'
import { documentFileSchema } from '../shared/model/files'
import { writeFileAtomic } from './atomic-write'
import { DamagedFileError, StoreError } from './errors'
import { said } from '../shared/i18n/said'
import { applyEntries, clonePlain, diffDocuments, holdsEntries, journalEntrySchema, type JournalEntry } from './journal-entries'
import { nodeJournalFileSystem, type JournalFileSystem } from './journal-file-system'
import { JournalWriter, readJournal, type JournalContent } from './journal-file'
import { MAX_STORE_FILE_BYTES, NotARegularFileError, readRegularFile } from './regular-file'

/** After this many changes in its journal, a document is compacted into its JSON file in the background. */
export const COMPACT_AFTER_CHANGES = 500

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export interface DocumentPaths {
  json: string
  journal: string
}

/**
 * One open document: its current state, the compacted JSON it came from (`documents/<id>.json`, the
 * human-readable form) and the journal of changes since (`documents/<id>.journal`). A change is
 * durable once its journal line is fsynced; compaction rewrites the JSON atomically, then starts a
 * new journal whose header names the new JSON's hash. A crash between the two leaves a journal whose
 * base no longer matches: replay sees that the JSON already holds all of it and drops it; a journal
 * whose changes the JSON does not hold is reported, never dropped.
 */
export class LiveDocument {
  private writer: JournalWriter | null = null
  /** Where a journal closed to save file handles stood: reopened on the next change. */
  private parked: { length: number; base: string } | null = null
  /** True while a change is being appended: the writer is not closed under it. */
  private appending = false
  private changesSinceCompaction: number

  private constructor(
    readonly id: string,
    readonly paths: DocumentPaths,
    private readonly fileSystem: JournalFileSystem,
    private current: DocumentRecord,
    /** The hash of the JSON file on disk: a new journal is started against it. */
    private base: string,
    private journal: JournalContent | null,
    /** The JSON on disk is an older schema: the first change rewrites it whole, in the current one. */
    private migrated = false
  ) {
    this.changesSinceCompaction = journal?.changes.length ?? 0
  }

  get data(): DocumentRecord {
    return this.current
  }

  get pendingChanges(): number {
    return this.changesSinceCompaction
  }

  /** The JSON on disk is of an older schema than this build writes. */
  get isOlderSchema(): boolean {
    return this.migrated
  }

  static async load(id: string, paths: DocumentPaths, fileName: string, fileSystem: JournalFileSystem = nodeJournalFileSystem): Promise<LiveDocument> {
    // A reader racing the writer's compaction may see the new JSON with the old journal or the reverse: read again.
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await LiveDocument.loadOnce(id, paths, fileName, fileSystem)
      } catch (error) {
        if (!(error instanceof JournalMismatchError) || attempt >= 2) throw error
      }
    }
  }

  private static async loadOnce(id: string, paths: DocumentPaths, fileName: string, fileSystem: JournalFileSystem): Promise<LiveDocument> {
    const bytes = await readStoreFile(paths.json)
    if (bytes === null) throw new StoreError('unreadable', said('problems.store.documentMissing', { path: paths.json }))
    const { document, fileVersion } = parseDocument(bytes, paths.json)
    if (document.id !== id) {
      throw new StoreError('unreadable', said('problems.store.otherDocument', { path: paths.json, found: document.id, id, listing: fileName }))
    }
    const base = sha256(bytes)
    const migrated = fileVersion !== DOCUMENT_SCHEMA_VERSION
    freezeItems(document)
    const journal = await readJournal(paths.journal)
    if (!journal) return new LiveDocument(id, paths, fileSystem, document, base, null, migrated)
    const entries = journal.changes.flat()
    freezeItems(document)
    if (journal.base === base) {
      applyEntries(document, entries)
      freezeItems(document)
      return new LiveDocument(id, paths, fileSystem, document, base, journal)
    }
    // The JSON changed after the journal began: either compaction finished but had not yet started a new journal
    // (the JSON holds every change), or someone replaced the JSON (it does not).
    if (holdsEntries(document, entries)) return new LiveDocument(id, paths, fileSystem, document, base, null)
    throw new JournalMismatchError(paths)
  }

  /**
   * Applies `change` to a copy, journals the difference durably, then makes the copy current. Nothing
   * changes (in memory or on disk) if `change` throws or the write fails.
   */
  async update<T>(change: (draft: DocumentRecord) => T, isUnchanged: (result: T) => boolean): Promise<{ result: T; entries: JournalEntry[] }> {
    const { draft, result } = draftOf(this.current, change)
    if (isUnchanged(result)) return { result, entries: [] }
    const entries = diffDocuments(this.current, draft)
    if (entries.length === 0) return { result, entries }
    // An entry that would not read back would make the document unreadable after a restart: refuse it now.
    for (const entry of entries) journalEntrySchema.parse(entry)
    if (this.migrated) {
      await this.rewrite(draft)
      this.migrated = false
    } else {
      this.appending = true
      try {
        const writer = await this.openWriter()
        await writer.append(entries)
      } finally {
        this.appending = false
      }
    }
    freezeItems(draft)
    this.current = draft
    this.changesSinceCompaction += 1
    return { result, entries }
  }

  /** Rewrites the JSON with the current state, then starts an empty journal against it. */
  async compact(): Promise<void> {
    await this.rewrite(this.current)
  }

  private async rewrite(document: DocumentRecord): Promise<void> {
    const content = `${JSON.stringify(document, null, 1)}\n`
    await writeFileAtomic(this.paths.json, content)
    this.migrated = false
    this.base = sha256(content)
    await this.close()
    this.journal = null
    // Without a journal file, the next change starts one; removing the old one is the commit point.
    await rm(this.paths.journal, { force: true })
    this.changesSinceCompaction = 0
  }

  async close(): Promise<void> {
    openJournals.delete(this)
    this.parked = null
    await this.writer?.close()
    this.writer = null
  }

  /** Closes the journal's file handle until the next change, unless a change is being written. */
  private async park(): Promise<void> {
    if (!this.writer || this.appending) return
    const writer = this.writer
    this.writer = null
    openJournals.delete(this)
    this.parked = { length: writer.size, base: writer.base }
    await writer.close()
  }

  private async openWriter(): Promise<JournalWriter> {
    openJournals.delete(this)
    openJournals.add(this)
    if (this.writer) return this.writer
    if (this.parked) this.writer = await JournalWriter.reopen(this.fileSystem, this.paths.journal, this.parked.length, this.parked.base)
    else if (this.journal) this.writer = await JournalWriter.resume(this.fileSystem, this.paths.journal, this.journal)
    else this.writer = await JournalWriter.create(this.fileSystem, this.paths.journal, this.base)
    this.parked = null
    this.journal = null
    // Thousands of documents changed in one session must not hold thousands of open files.
    for (const idle of openJournals) {
      if (openJournals.size <= MAX_OPEN_JOURNALS) break
      if (idle !== this) await idle.park()
    }
    return this.writer
  }
}

/** Documents with an open journal handle, least recently written first. */
const openJournals = new Set<LiveDocument>()
export const MAX_OPEN_JOURNALS = 64

/** For tests: how many journal file handles are open. */
export function openJournalCount(): number {
  return openJournals.size
}

/**
 * Runs `change` on a draft. Fast path: the draft shares the current annotation and relation objects,
 * which are frozen, in copied arrays; a change that adds, removes or replaces items costs nothing per
 * item left alone, and the diff finds the changed ones by identity. A change that edits an item in
 * place hits the freeze and is run again on a full copy: slower, never wrong.
 */
function draftOf<T>(current: DocumentRecord, change: (draft: DocumentRecord) => T): { draft: DocumentRecord; result: T } {
  const shallow: DocumentRecord = { ...current, annotations: current.annotations.slice(), relations: current.relations.slice() }
  try {
    return { draft: shallow, result: change(shallow) }
  } catch (error) {
    if (!(error instanceof TypeError) || !/read[- ]only|frozen|not extensible|Cannot (assign|add|delete|define)/i.test(error.message)) throw error
  }
  const full = clonePlain(current)
  return { draft: full, result: change(full) }
}

/** Freezes the document's annotations and relations (and their attribute maps); the arrays stay writable. */
function freezeItems(document: DocumentRecord): void {
  for (const annotation of document.annotations) {
    if (Object.isFrozen(annotation)) continue
    Object.freeze(annotation.attributes)
    Object.freeze(annotation)
  }
  for (const relation of document.relations) Object.freeze(relation)
}

/** The journal and the JSON disagree; the message says what to do and that nothing was thrown away. */
export class JournalMismatchError extends StoreError {
  constructor(paths: DocumentPaths) {
    super('unreadable', said('problems.store.journalMismatch', { journal: paths.journal, json: paths.json }))
  }
}

async function readStoreFile(path: string): Promise<Buffer | null> {
  try {
    return await readRegularFile(path, MAX_STORE_FILE_BYTES)
  } catch (error) {
    if (error instanceof NotARegularFileError) throw new StoreError('unreadable', error.said)
    throw new StoreError('unreadable', said('problems.store.readFailed', { path, reason: (error as Error).message }))
  }
}

function parseDocument(bytes: Buffer, path: string): { document: DocumentRecord; fileVersion: unknown } {
  let parsed: unknown
  try {
    parsed = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw new DamagedFileError(path, bytes.length === 0 ? said('problems.store.empty') : said('problems.store.notJson', { reason: (error as Error).message }))
  }
  const version = (parsed as { schemaVersion?: unknown } | null)?.schemaVersion
  if (typeof version === 'number' && version > DOCUMENT_SCHEMA_VERSION) {
    throw new StoreError('newer-version', said('problems.store.newerDocument', { path, version, known: DOCUMENT_SCHEMA_VERSION }))
  }
  const result = documentFileSchema.safeParse(parsed)
  if (!result.success) {
    const issue = result.error.issues[0]
    const detail = issue ? issue.message : said('problems.store.issueInvalid')
    const where = issue?.path.length ? said('problems.store.issueAt', { path: issue.path.join('.'), detail }) : said('problems.store.issueHere', { detail })
    throw new DamagedFileError(path, said('problems.store.unexpectedContent', { issue: where }))
  }
  return { document: result.data, fileVersion: (parsed as { schemaVersion?: unknown }).schemaVersion }
}
