import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'
import { syncFolder } from './atomic-write'
import { StoreError } from './errors'
import { said } from '../shared/i18n/said'
import type { JournalFileSystem, JournalHandle } from './journal-file-system'
import { journalEntrySchema, type JournalEntry } from './journal-entries'
import { MAX_STORE_FILE_BYTES, NotARegularFileError, readRegularFile } from './regular-file'

export const JOURNAL_VERSION = 1

/**
 * A document's journal, `documents/<id>.journal`: a header line naming the compacted JSON it applies
 * to (the SHA-256 of that file's bytes), then one line per acknowledged change. A change is one line,
 * so a crash keeps it whole or not at all.
 */
const headerSchema = z.strictObject({ journal: z.literal(JOURNAL_VERSION), base: z.string().regex(/^[0-9a-f]{64}$/) })
const changeSchema = z.strictObject({ entries: z.array(journalEntrySchema).min(1) })

export interface JournalContent {
  base: string
  changes: JournalEntry[][]
  /** Bytes up to the end of the last whole line: what a torn tail is cut back to. */
  validLength: number
  /** True when the last line was cut short by a crash (it was never acknowledged, so it is ignored). */
  tornTail: boolean
}

/** Reads a journal; null when there is none. A torn last line is ignored; any other damage is reported. */
export async function readJournal(path: string): Promise<JournalContent | null> {
  let bytes: Buffer | null
  try {
    bytes = await readRegularFile(path, MAX_STORE_FILE_BYTES)
  } catch (error) {
    if (error instanceof NotARegularFileError) throw new StoreError('unreadable', error.said)
    throw error
  }
  if (bytes === null) return null
  const lastNewline = bytes.lastIndexOf(0x0a)
  const validLength = lastNewline + 1
  const tornTail = validLength < bytes.length
  const lines = bytes.subarray(0, validLength).toString('utf8').split('\n')
  lines.pop()
  if (lines.length === 0) {
    // Only a torn header: the journal was being created when the process died, before any change was acknowledged.
    if (tornTail) return null
    throw new StoreError('unreadable', said('problems.store.journalEmpty', { path }))
  }
  const header = headerSchema.safeParse(parseLine(lines[0] ?? '', path, 1))
  if (!header.success) throw new StoreError('unreadable', said('problems.store.journalHeader', { path }))
  const changes = lines.slice(1).map((line, index) => {
    const change = changeSchema.safeParse(parseLine(line, path, index + 2))
    if (!change.success) {
      const issue = change.error.issues[0]
      const detail = `${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim()
      const line = index + 2
      throw new StoreError('unreadable', detail ? said('problems.store.journalLineDamaged', { path, line, detail }) : said('problems.store.journalLineDamagedBare', { path, line }))
    }
    return change.data.entries
  })
  return { base: header.data.base, changes, validLength, tornTail }
}

function parseLine(line: string, path: string, number: number): unknown {
  try {
    return JSON.parse(line)
  } catch {
    throw new StoreError('unreadable', said('problems.store.journalLineNotJson', { path, line: number }))
  }
}

/** The open journal a writer appends to; every append is fsynced before it resolves. */
export class JournalWriter {
  /** Set when a failed append could not be cut back: the next append cuts first. */
  private needsCut = false

  private constructor(
    readonly path: string,
    private handle: JournalHandle,
    /** The length of the file up to its last whole, acknowledged line. */
    private length: number,
    readonly base: string
  ) {}

  /** Opens an existing journal for appending, cutting off a torn tail first. */
  static async resume(fileSystem: JournalFileSystem, path: string, content: JournalContent): Promise<JournalWriter> {
    const handle = await fileSystem.openForAppend(path)
    try {
      if (content.tornTail) {
        await handle.truncate(content.validLength)
        await handle.datasync()
      }
    } catch (error) {
      await handle.close()
      throw error
    }
    return new JournalWriter(path, handle, content.validLength, content.base)
  }

  /** Opens again a journal this process closed to save file handles; anything past `length` was never acknowledged. */
  static async reopen(fileSystem: JournalFileSystem, path: string, length: number, base: string): Promise<JournalWriter> {
    const writer = new JournalWriter(path, await fileSystem.openForAppend(path), length, base)
    writer.needsCut = true
    return writer
  }

  /** Starts a new, empty journal for the compacted file whose hash is `base`, replacing any old one atomically. */
  static async create(fileSystem: JournalFileSystem, path: string, base: string): Promise<JournalWriter> {
    const header = `${JSON.stringify({ journal: JOURNAL_VERSION, base })}\n`
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
    const handle = await open(temp, 'w', 0o644)
    try {
      await handle.writeFile(header, 'utf8')
      await handle.sync()
      await handle.close()
      await rename(temp, path)
      await syncFolder(dirname(path))
    } catch (error) {
      await handle.close().catch(() => undefined)
      await rm(temp, { force: true })
      throw error
    }
    const appender = await fileSystem.openForAppend(path)
    return new JournalWriter(path, appender, Buffer.byteLength(header), base)
  }

  /**
   * Appends one change and fsyncs it. On failure the file is cut back to its last whole line, so a
   * half-written change can never sit in front of a later one.
   */
  async append(entries: readonly JournalEntry[]): Promise<void> {
    const line = Buffer.from(`${JSON.stringify({ entries })}\n`, 'utf8')
    if (this.needsCut) {
      await this.handle.truncate(this.length)
      this.needsCut = false
    }
    try {
      let written = 0
      while (written < line.length) {
        const { bytesWritten } = await this.handle.write(line, written, line.length - written, this.length + written)
        written += bytesWritten
      }
      await this.handle.datasync()
      this.length += line.length
    } catch (error) {
      await this.handle.truncate(this.length).catch(() => {
        this.needsCut = true
      })
      throw error
    }
  }

  get size(): number {
    return this.length
  }

  async close(): Promise<void> {
    await this.handle.close()
  }
}
