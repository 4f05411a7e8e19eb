import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { DocumentSummary } from '../model/document'
import { writeFileAtomic } from './atomic-write'
import type { DocumentPaths } from './live-document'
import { MAX_STORE_FILE_BYTES, readRegularFile } from './regular-file'

export const INDEX_FILE = 'index.json'
const INDEX_VERSION = 1

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

async function stampOf(paths: DocumentPaths): Promise<string> {
  const [json, journal] = await Promise.all([stat(paths.json).catch(() => null), stat(paths.journal).catch(() => null)])
  const part = (s: { mtimeMs: number; size: number; ino: number } | null): string => (s ? `${s.mtimeMs}:${s.size}:${s.ino}` : '-')
  return `${part(json)}|${part(journal)}`
}
