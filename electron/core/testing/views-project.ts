/** Cores opened on a corpus views test project, and the views answered from its documents alone (tests only). */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../core'
import { RESOURCES_DIR } from './helpers'

/**
 * A core on the project in `dir`, as the app opens one, its views on the index on disk whatever its size. Without backups: a snapshot of a large project
 * still being written would race the removal of the test's temporary folder.
 */
export function openViewsCore(dir: string, readOnly = false, rowsPerStep?: number): Promise<Core> {
  return createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester', readOnly, backups: false, storedViewsFrom: 0, storedViewsRowsPerStep: rowsPerStep })
}

/** `ask`'s answers read from the documents: a read-only core keeps its extracts in memory and has no index file. */
export async function fromMemory<T>(dir: string, ask: (core: Core) => Promise<T>): Promise<T> {
  const core = await openViewsCore(dir, true)
  try {
    return await ask(core)
  } finally {
    core.close()
  }
}

/** Cuts a document's file short, as a failing disk could; answers a function that writes it back as it was. */
export async function damageDocument(dir: string, documentId: string): Promise<() => Promise<void>> {
  const path = join(dir, 'documents', `${documentId}.json`)
  const original = await readFile(path)
  await writeFile(path, original.subarray(0, Math.floor(original.length / 2)))
  return () => writeFile(path, original)
}
