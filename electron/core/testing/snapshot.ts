/** Every data file of a project folder with its bytes, to prove an undo leaves the disk as it was (tests only). */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { listFiles } from './helpers'

export async function snapshotProject(dir: string): Promise<Record<string, string>> {
  const files = (await listFiles(dir)).filter((file) => file.endsWith('.json'))
  const entries = await Promise.all(files.map(async (file) => [file, await readFile(join(dir, file), 'utf8')] as const))
  return Object.fromEntries(entries)
}
