/** Every data file of a project folder with its bytes, to prove an undo leaves the disk as it was (tests only). */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { INDEX_FILE } from '../store/project-index'
import { listFiles } from './helpers'

export async function snapshotProject(dir: string): Promise<Record<string, string>> {
  // index.json is a cache the store writes on a timer (2 s after a change): what it holds at a given moment
  // depends on how long the test ran, not on what the test asserts.
  const files = (await listFiles(dir)).filter((file) => file.endsWith('.json') && file !== INDEX_FILE)
  const entries = await Promise.all(files.map(async (file) => [file, await readFile(join(dir, file), 'utf8')] as const))
  return Object.fromEntries(entries)
}
