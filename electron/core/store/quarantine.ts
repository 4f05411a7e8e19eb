import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { QuarantinedFile } from '../shared/model/backups'
import { syncFolder } from './atomic-write'

export type { QuarantinedFile }

export const QUARANTINE_FOLDER = 'quarantine'

/**
 * Moves a damaged file out of the way, into `quarantine/<time>-<name>`, with a note beside it saying
 * why (`…note.txt`). Nothing is deleted: the user (or support) can look at it later. Returns the new path.
 */
export async function quarantineFile(projectDir: string, path: string, reason: string): Promise<string> {
  const folder = join(projectDir, QUARANTINE_FOLDER)
  await mkdir(folder, { recursive: true })
  const movedAt = new Date().toISOString()
  const target = join(folder, `${movedAt.replace(/:/g, '-')}-${basename(path)}`)
  await writeFile(`${target}.note.txt`, `${basename(path)} was moved here by Tessera on ${movedAt}.\nWhy: ${reason}\n`)
  await rename(path, target)
  await syncFolder(folder)
  return target
}

/** `2024-12-03T10-00-00.000Z-`: the prefix a quarantined file's name starts with. */
const STAMP_LENGTH = 25

/** The quarantined files whose original name is `name` (every one for ''), newest first. */
export async function findQuarantined(projectDir: string, name: string): Promise<QuarantinedFile[]> {
  const folder = join(projectDir, QUARANTINE_FOLDER)
  const files = await readdir(folder).catch(() => [] as string[])
  const found: QuarantinedFile[] = []
  for (const file of files) {
    if (file.endsWith('.note.txt') || (name !== '' && !file.endsWith(`-${name}`))) continue
    const originalName = file.slice(STAMP_LENGTH)
    const note = await readFile(join(folder, `${file}.note.txt`), 'utf8').catch(() => '')
    found.push({
      path: join(folder, file),
      originalName,
      reason: /^Why: (.*)$/m.exec(note)?.[1] ?? 'unknown',
      movedAt: (/on (\S+)\.$/m.exec(note)?.[1] ?? '').replace(/\.$/, '')
    })
  }
  return found.sort((a, b) => b.path.localeCompare(a.path))
}
