import { closeSync, fsyncSync, openSync, readdirSync, renameSync, statSync, writeSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join, sep } from 'node:path'
import type { DocumentSummary } from '../shared/model/document'
import { writeFileAtomic } from './atomic-write'
import type { DocumentPaths } from './live-document'
import { MAX_STORE_FILE_BYTES, readRegularFile } from './regular-file'

export const INDEX_FILE = 'index.json'
// 2: summaries count annotations per annotator too (blind mode); an index of version 1 is rebuilt once.
const INDEX_VERSION = 2
const LOOKUP_CHUNK = 500
/** Entries written, or read, between two turns of the event loop (100,000 in one go held the main thread 0.4 s to write, 0.9 s to read). */
const ENTRIES_PER_TURN = 5_000
const nextTurn = (): Promise<void> => new Promise((resume) => setImmediate(resume))
/**
 * The file is JSON, one entry a line between this head and `FOOT`, so it can be read a slice of lines at a
 * time; a file laid out otherwise (written before, or by hand) is parsed whole.
 */
const HEAD = `{"indexVersion":${INDEX_VERSION},"documents":{`
const FOOT = '}}'

/**
 * The project index, `index.json`: each document's summary (title, outlet, date, status, counts per
 * tag) with the stamp (modification time and size) of its JSON and journal when the summary was taken.
 * It is a cache, never the truth: an entry whose stamp no longer matches the files (a change made
 * after the index was last written, a crash, a file copied in) is taken from the document again, so
 * the list never shows what the files do not hold. Listing 10,000 documents costs one listing of the
 * documents folder and a stat call per document file and per journal there, not 10,000 document reads.
 */
interface IndexEntry {
  stamp: string
  summary: DocumentSummary
}

export class ProjectIndex {
  private dirty = false
  private entries: Map<string, IndexEntry> | null = null
  private reading: Promise<Map<string, IndexEntry>> | null = null

  private constructor(private readonly path: string) {}

  /**
   * The project's index, read on first use: opening a project of 10,000 documents (and the first
   * answers after it) does not wait for parsing their summaries.
   */
  static open(projectDir: string): Promise<ProjectIndex> {
    return Promise.resolve(new ProjectIndex(join(projectDir, INDEX_FILE)))
  }

  /** The stored summary, if the document's files are exactly as they were when it was taken. */
  async lookup(id: string, paths: DocumentPaths): Promise<DocumentSummary | null> {
    const entry = (await this.read()).get(id)
    if (!entry) return null
    return entry.stamp === (await stampOf(paths)) ? entry.summary : null
  }

  /**
   * The stored summaries still valid for many documents at once. Synchronous stat calls in chunks:
   * for 10,000 documents they take a third of the CPU time of as many promises or callbacks, and the
   * event loop gets a turn between chunks. The folder is listed first, and a journal it does not
   * list is not stat-ed: most documents have none, and that halves the calls. Whatever the listing
   * misses (a journal made after it) gives the documents as they were when it was taken.
   */
  async lookupMany(ids: readonly string[], pathsOf: (id: string) => DocumentPaths): Promise<Map<string, DocumentSummary>> {
    const entries = await this.read()
    const found = new Map<string, DocumentSummary>()
    const listings = new FolderListings()
    for (let from = 0; from < ids.length; from += LOOKUP_CHUNK) {
      for (const id of ids.slice(from, from + LOOKUP_CHUNK)) {
        const entry = entries.get(id)
        if (!entry) continue
        const paths = pathsOf(id)
        if (entry.stamp === stampOfSync(paths, listings.mayHold(paths.journal))) found.set(id, entry.summary)
      }
      await new Promise((resume) => setImmediate(resume))
    }
    return found
  }

  /** The summary last recorded for a document, whether or not its files still match it (to name one that no longer reads). */
  async lastRecorded(id: string): Promise<DocumentSummary | null> {
    return (await this.read()).get(id)?.summary ?? null
  }

  /** Records a summary against the files' current stamp. */
  async record(id: string, paths: DocumentPaths, summary: DocumentSummary): Promise<void> {
    const entries = await this.read()
    const stamp = await stampOf(paths)
    const entry = entries.get(id)
    if (entry && entry.stamp === stamp && JSON.stringify(entry.summary) === JSON.stringify(summary)) return
    entries.set(id, { stamp, summary })
    this.dirty = true
  }

  /** Drops the entries of documents not in `keep` (an index not read yet has none to drop). */
  forget(keep: ReadonlySet<string>): void {
    const entries = this.entries ?? new Map<string, IndexEntry>()
    for (const id of entries.keys()) {
      if (!keep.has(id)) {
        entries.delete(id)
        this.dirty = true
      }
    }
  }

  get needsWrite(): boolean {
    return this.dirty
  }

  async write(): Promise<void> {
    if (!this.dirty) return
    this.dirty = false
    try {
      const lines: string[] = []
      for (const line of this.lines()) {
        lines.push(line)
        if (lines.length % ENTRIES_PER_TURN === 0) await nextTurn()
      }
      await writeFileAtomic(this.path, lines.join('\n'))
    } catch (error) {
      this.dirty = true
      throw error
    }
  }

  /** For a synchronous close: the same atomic replace, without awaiting. */
  writeSync(): void {
    if (!this.dirty) return
    const temp = `${this.path}.${process.pid}.tmp`
    const fd = openSync(temp, 'w', 0o644)
    try {
      writeSync(fd, [...this.lines()].join('\n'))
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, this.path)
    this.dirty = false
  }

  /** The file's lines: the head, an entry a line (each but the last ending in a comma), the foot. */
  private *lines(): Generator<string> {
    yield HEAD
    const entries = [...(this.entries ?? [])]
    for (const [i, [id, entry]] of entries.entries()) yield `${JSON.stringify(id)}:${JSON.stringify(entry)}${i < entries.length - 1 ? ',' : ''}`
    yield `${FOOT}\n`
  }

  /** The entries, read once; a missing or damaged index gives none (each is taken from its document again). */
  private async read(): Promise<Map<string, IndexEntry>> {
    if (this.entries) return this.entries
    this.reading ??= readEntries(this.path)
    this.entries = await this.reading
    return this.entries
  }
}

type Stats = { mtimeMs: number; size: number; ino: number } | null | undefined

function stamp(json: Stats, journal: Stats): string {
  const part = (s: Stats): string => (s ? `${s.mtimeMs}:${s.size}:${s.ino}` : '-')
  return `${part(json)}|${part(journal)}`
}

/**
 * The stamp of a document's files now (modification time, size and inode of its JSON and journal);
 * `journalMayExist` false (the folder's listing has no journal for it) spares the journal's stat.
 */
export function stampOfSync(paths: DocumentPaths, journalMayExist = true): string {
  try {
    return stamp(statSync(paths.json, { throwIfNoEntry: false }), journalMayExist ? statSync(paths.journal, { throwIfNoEntry: false }) : null)
  } catch {
    return ''
  }
}

/** Each folder's names, listed once: a file not listed is not there (a folder that cannot be listed may hold anything). */
class FolderListings {
  private readonly names = new Map<string, ReadonlySet<string> | null>()

  /** `path` as the store makes it (joined, so its last separator is `sep`). */
  mayHold(path: string): boolean {
    const cut = path.lastIndexOf(sep)
    if (cut < 0) return true
    const folder = path.slice(0, cut)
    let names = this.names.get(folder)
    if (names === undefined) {
      names = listNames(folder)
      this.names.set(folder, names)
    }
    return names === null || names.has(path.slice(cut + 1))
  }
}

function listNames(folder: string): ReadonlySet<string> | null {
  try {
    return new Set(readdirSync(folder))
  } catch {
    return null
  }
}

async function readEntries(path: string): Promise<Map<string, IndexEntry>> {
  try {
    const bytes = await readRegularFile(path, MAX_STORE_FILE_BYTES)
    if (!bytes) return new Map()
    const text = bytes.toString('utf8')
    return (text.startsWith(`${HEAD}\n`) ? await entriesOfLines(text) : entriesOf(JSON.parse(text))) ?? new Map()
  } catch {
    // A damaged index is only a slower start: every entry is taken from its document again.
  }
  return new Map()
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The entries of a parsed `index.json`, or null when it is not one of this version (then it is rebuilt).
 * Checked by hand: a schema over 10,000 entries cost more than the rest of reading the index.
 */
function entriesOf(parsed: unknown): Map<string, IndexEntry> | null {
  if (!isObject(parsed) || parsed.indexVersion !== INDEX_VERSION || !isObject(parsed.documents)) return null
  const entries = new Map<string, IndexEntry>()
  const { documents } = parsed
  for (const id in documents) {
    const entry = documents[id]
    if (!isObject(entry) || typeof entry.stamp !== 'string' || !isObject(entry.summary)) return null
    entries.set(id, { stamp: entry.stamp, summary: entry.summary as unknown as DocumentSummary })
  }
  return entries
}

/** The entries of an index written a line per entry, parsed a slice of lines per turn; null as `entriesOf`. */
async function entriesOfLines(text: string): Promise<Map<string, IndexEntry> | null> {
  const lines = text.split('\n')
  if (lines[lines.length - 1] !== '' || lines[lines.length - 2] !== FOOT) return null
  const entries = new Map<string, IndexEntry>()
  for (let from = 1; from < lines.length - 2; from += ENTRIES_PER_TURN) {
    const slice = lines.slice(from, Math.min(from + ENTRIES_PER_TURN, lines.length - 2))
    const parsed: unknown = JSON.parse(`{${slice.map((line) => (line.endsWith(',') ? line.slice(0, -1) : line)).join(',')}}`)
    const part = entriesOf({ indexVersion: INDEX_VERSION, documents: parsed })
    if (!part) return null
    for (const [id, entry] of part) entries.set(id, entry)
    await nextTurn()
  }
  return entries
}

/** `stampOfSync` without blocking: the two stats go to libuv's thread pool. */
export async function stampOf(paths: DocumentPaths): Promise<string> {
  const [json, journal] = await Promise.all([stat(paths.json).catch(() => null), stat(paths.journal).catch(() => null)])
  return stamp(json, journal)
}
