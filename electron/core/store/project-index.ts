import { closeSync, fsyncSync, openSync, renameSync, statSync, writeSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { DocumentSummary } from '../shared/model/document'
import { writeFileAtomic } from './atomic-write'
import type { DocumentPaths } from './live-document'
import { MAX_STORE_FILE_BYTES, readRegularFile } from './regular-file'

export const INDEX_FILE = 'index.json'
const INDEX_VERSION = 1
const LOOKUP_CHUNK = 500

/**
 * The project index, `index.json`: each document's summary (title, outlet, date, status, counts per
 * tag) with the stamp (modification time and size) of its JSON and journal when the summary was taken.
 * It is a cache, never the truth: an entry whose stamp no longer matches the files (a change made
 * after the index was last written, a crash, a file copied in) is taken from the document again, so
 * the list never shows what the files do not hold. Listing 10,000 documents costs 20,000 stat calls,
 * not 10,000 document reads.
 */
const entrySchema = z.object({ stamp: z.string(), summary: z.custom<DocumentSummary>((value) => typeof value === 'object' && value !== null) })
const indexSchema = z.object({ indexVersion: z.literal(INDEX_VERSION), documents: z.record(z.string(), entrySchema) })
type IndexEntry = z.infer<typeof entrySchema>

export class ProjectIndex {
  private dirty = false

  private constructor(
    private readonly path: string,
    private readonly entries: Map<string, IndexEntry>
  ) {}

  /** Reads the index; a missing or damaged one starts empty (it is rebuilt from the documents as they are listed). */
  static async open(projectDir: string): Promise<ProjectIndex> {
    const path = join(projectDir, INDEX_FILE)
    const entries = new Map<string, IndexEntry>()
    try {
      const bytes = await readRegularFile(path, MAX_STORE_FILE_BYTES)
      const parsed = bytes ? indexSchema.safeParse(JSON.parse(bytes.toString('utf8'))) : null
      if (parsed?.success) for (const [id, entry] of Object.entries(parsed.data.documents)) entries.set(id, entry)
    } catch {
      // A damaged index is only a slower start: every entry is taken from its document again.
    }
    return new ProjectIndex(path, entries)
  }

  /** The stored summary, if the document's files are exactly as they were when it was taken. */
  async lookup(id: string, paths: DocumentPaths): Promise<DocumentSummary | null> {
    const entry = this.entries.get(id)
    if (!entry) return null
    return entry.stamp === (await stampOf(paths)) ? entry.summary : null
  }

  /**
   * The stored summaries still valid for many documents at once. Synchronous stat calls in chunks:
   * for 10,000 documents they take a tenth of the time of as many promises, and the event loop gets a
   * turn between chunks.
   */
  async lookupMany(ids: readonly string[], pathsOf: (id: string) => DocumentPaths): Promise<Map<string, DocumentSummary>> {
    const found = new Map<string, DocumentSummary>()
    for (let from = 0; from < ids.length; from += LOOKUP_CHUNK) {
      for (const id of ids.slice(from, from + LOOKUP_CHUNK)) {
        const entry = this.entries.get(id)
        if (entry && entry.stamp === stampOfSync(pathsOf(id))) found.set(id, entry.summary)
      }
      await new Promise((resume) => setImmediate(resume))
    }
    return found
  }

  /** Records a summary against the files' current stamp. */
  async record(id: string, paths: DocumentPaths, summary: DocumentSummary): Promise<void> {
    const stamp = await stampOf(paths)
    const entry = this.entries.get(id)
    if (entry && entry.stamp === stamp && JSON.stringify(entry.summary) === JSON.stringify(summary)) return
    this.entries.set(id, { stamp, summary })
    this.dirty = true
  }

  forget(keep: ReadonlySet<string>): void {
    for (const id of this.entries.keys()) {
      if (!keep.has(id)) {
        this.entries.delete(id)
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
      await writeFileAtomic(this.path, this.serialize())
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
      writeSync(fd, this.serialize())
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, this.path)
    this.dirty = false
  }

  private serialize(): string {
    return `${JSON.stringify({ indexVersion: INDEX_VERSION, documents: Object.fromEntries(this.entries) })}\n`
  }
}

type Stats = { mtimeMs: number; size: number; ino: number } | null | undefined

function stamp(json: Stats, journal: Stats): string {
  const part = (s: Stats): string => (s ? `${s.mtimeMs}:${s.size}:${s.ino}` : '-')
  return `${part(json)}|${part(journal)}`
}

/** The stamp of a document's files now (modification time, size and inode of its JSON and journal). */
export function stampOfSync(paths: DocumentPaths): string {
  try {
    return stamp(statSync(paths.json, { throwIfNoEntry: false }), statSync(paths.journal, { throwIfNoEntry: false }))
  } catch {
    return ''
  }
}

async function stampOf(paths: DocumentPaths): Promise<string> {
  const [json, journal] = await Promise.all([stat(paths.json).catch(() => null), stat(paths.journal).catch(() => null)])
  return stamp(json, journal)
}
