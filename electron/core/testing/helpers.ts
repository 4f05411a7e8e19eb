/** Shared helpers for the core's unit tests (never imported by the application). */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach } from 'vitest'
import type { DocumentRecord } from '../shared/model/document'
import { ProjectStore } from '../store/project-store'

/** The app's shipped data folder (`resources/`), where the sample corpus lives. */
export const RESOURCES_DIR = fileURLToPath(new URL('../../../resources', import.meta.url))

/** Returns a factory of fresh temp folders, each removed after the test that made it. */
export function useTempDirs(): (prefix?: string) => Promise<string> {
  const made: string[] = []
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
  })
  return async (prefix = 'tessera-test-') => {
    const dir = await mkdtemp(join(tmpdir(), prefix))
    made.push(dir)
    return dir
  }
}

/**
 * Points the OS temp folder (`os.tmpdir()`, read from TMPDIR) at a fresh empty folder for each test, so a
 * test can see what the code under test left there. Returns the current folder's path.
 */
export function useOwnTmpdir(): () => string {
  let folder = ''
  const previous = process.env.TMPDIR
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tessera-tmpdir-'))
    process.env.TMPDIR = folder
  })
  afterEach(async () => {
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
    await rm(folder, { recursive: true, force: true })
  })
  return () => folder
}

/** Every file below `dir`, as paths relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort()
}

/** True when `text` holds half of a surrogate pair on its own. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
}

export { seededRandom } from './seeded-random'

/**
 * A minimal RFC 4180 reader: fields separated by commas, records by CRLF or LF, fields in double
 * quotes may hold commas, line breaks and doubled quotes. Independent of csv-stringify on purpose.
 */
export function parseCsv(input: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const endField = (): void => {
    record.push(field)
    field = ''
  }
  while (i < input.length) {
    const char = input.charAt(i)
    if (quoted) {
      if (char === '"' && input.charAt(i + 1) === '"') {
        field += '"'
        i += 2
      } else if (char === '"') {
        quoted = false
        i += 1
      } else {
        field += char
        i += 1
      }
    } else if (char === '"' && field === '') {
      quoted = true
      i += 1
    } else if (char === ',') {
      endField()
      i += 1
    } else if (char === '\r' || char === '\n') {
      endField()
      records.push(record)
      record = []
      i += char === '\r' && input.charAt(i + 1) === '\n' ? 2 : 1
    } else {
      field += char
      i += 1
    }
  }
  if (quoted) throw new Error('CSV ends inside a quoted field')
  if (field !== '' || record.length > 0) {
    endField()
    records.push(record)
  }
  return records
}

/** A document as a fresh process reads it from disk: its file with the journal replayed, without the writer's lock. */
export async function readStoredDocument(projectDir: string, documentId: string): Promise<DocumentRecord> {
  const reader = await ProjectStore.open(projectDir, { readOnly: true })
  try {
    return await reader.getDocument(documentId)
  } finally {
    reader.close()
  }
}
