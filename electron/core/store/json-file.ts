import { Low, type Adapter } from 'lowdb'
import type { z } from 'zod'
import { DamagedFileError, StoreError } from './errors'
import { said } from '../shared/i18n/said'
import { writeFileAtomic } from './atomic-write'
import { MAX_STORE_FILE_BYTES, NotARegularFileError, readRegularFile } from './regular-file'
import { describeIssue, schemaProblem } from './schema-problem'

/**
 * A lowdb adapter for one JSON file: reads are validated against a schema (a file that does not parse
 * or does not fit is reported with its path, never overwritten), writes are checked against the same
 * schema first (what is written can always be read back), atomic and fsynced, and writes to the same
 * file are serialised in call order.
 */
export class ValidatedJsonFile<T> implements Adapter<T> {
  private pending: Promise<void> = Promise.resolve()

  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>
  ) {}

  async read(): Promise<T | null> {
    let raw: string
    try {
      const bytes = await readRegularFile(this.path, MAX_STORE_FILE_BYTES)
      if (bytes === null) return null
      raw = bytes.toString('utf8')
    } catch (error) {
      if (error instanceof NotARegularFileError) throw new StoreError('unreadable', error.said)
      throw new StoreError('unreadable', said('problems.store.readFailed', { path: this.path, reason: (error as Error).message }))
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch (error) {
      throw new DamagedFileError(this.path, said('problems.store.notJson', { reason: (error as Error).message }))
    }
    const result = this.schema.safeParse(parsed)
    if (!result.success) {
      const issue = result.error.issues[0]
      throw new DamagedFileError(this.path, said('problems.store.unexpectedContent', { issue: issue ? describeIssue(issue, parsed) : '' }))
    }
    return result.data
  }

  /** Throws, naming the file and the problem, when `data` would not be read back by this file's schema. */
  check(data: T): void {
    const problem = schemaProblem(this.schema, data)
    if (problem) throw new StoreError('invalid-data', said('problems.store.wouldNotOpen', { path: this.path, problem }))
  }

  write(data: T): Promise<void> {
    try {
      this.check(data)
    } catch (error) {
      return Promise.reject(error)
    }
    const content = `${JSON.stringify(data, null, 1)}\n`
    const write = this.pending.then(() => writeFileAtomic(this.path, content))
    // A failed write must not block later ones; the caller of this write still sees its failure.
    this.pending = write.catch(() => undefined)
    return write
  }
}

/** Opens a lowdb database on a validated file; `null` when the file does not exist. */
export async function openJsonFile<T>(path: string, schema: z.ZodType<T>): Promise<Low<T> | null> {
  const adapter = new ValidatedJsonFile(path, schema)
  const data = await adapter.read()
  if (data === null) return null
  return new Low(adapter, data)
}

/** Creates a lowdb database with `data` and writes it to disk at once. */
export async function createJsonFile<T>(path: string, schema: z.ZodType<T>, data: T): Promise<Low<T>> {
  const db = new Low(new ValidatedJsonFile(path, schema), data)
  await db.write()
  return db
}

/** Throws, naming the file and the problem, when `data` would not be read back by `db`'s schema: call it before writing anything that goes with it. */
export function checkBeforeWrite<T>(db: Low<T>, data: T): void {
  if (db.adapter instanceof ValidatedJsonFile) (db.adapter as ValidatedJsonFile<T>).check(data)
}
