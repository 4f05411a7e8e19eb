import { constants } from 'node:fs'
import { copyFile, link, mkdir, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { BackupInfo } from '../model/backups'
import { syncFolder } from './atomic-write'

export type { BackupInfo }

export const BACKUPS_FOLDER = 'backups'
/** Kept: the newest this many snapshots, plus the newest of each of the last KEEP_DAILY days. */
export const KEEP_RECENT = 20
export const KEEP_DAILY = 7

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z)-([a-z-]+)$/

/**
 * Rolling snapshots of a project in `backups/<time>-<reason>/`: project.json and every document's
 * JSON and journal as they were. Each file is copied (never hard-linked to the live file: damage
 * written into the live file in place would reach the backup too); a JSON file unchanged since the
 * previous snapshot (same size and modification time, which the copy keeps) is hard-linked to that
 * snapshot's copy instead, so a snapshot costs only what changed. A snapshot is built under a temp
 * name and renamed when complete.
 */
export async function writeSnapshot(
  projectDir: string,
  reason: string,
  copyProjectFiles: (into: string, place: (from: string, to: string, grows: boolean) => Promise<void>) => Promise<number>
): Promise<BackupInfo> {
  const folder = join(projectDir, BACKUPS_FOLDER)
  await mkdir(folder, { recursive: true })
  let createdAt = new Date()
  let name = snapshotName(createdAt, reason)
  // Two snapshots in the same millisecond (a restore right after an open) get distinct names.
  while (await exists(join(folder, name))) {
    createdAt = new Date(createdAt.getTime() + 1)
    name = snapshotName(createdAt, reason)
  }
  const building = join(folder, `.${name}.building`)
  await rm(building, { recursive: true, force: true })
  await mkdir(join(building, 'documents'), { recursive: true })
  const previous = (await listSnapshots(projectDir))[0]
  const place = placer(building, previous ? join(folder, previous.name) : null)
  let documentCount: number
  try {
    documentCount = await copyProjectFiles(building, place)
  } catch (error) {
    await rm(building, { recursive: true, force: true })
    throw error
  }
  await writeFile(join(building, 'snapshot.json'), `${JSON.stringify({ createdAt: createdAt.toISOString(), reason, documentCount })}\n`)
  await syncFolder(join(building, 'documents'))
  await syncFolder(building)
  await rename(building, join(folder, name))
  await syncFolder(folder)
  await prune(folder)
  return { name, createdAt: createdAt.toISOString(), reason, documentCount }
}

function placer(building: string, previous: string | null): (from: string, to: string, grows: boolean) => Promise<void> {
  return async (from, to, grows) => {
    const source = await stat(from).catch(() => null)
    if (!source) return
    if (!grows && previous) {
      const earlier = join(previous, relative(building, to))
      const copy = await stat(earlier).catch(() => null)
      if (copy && copy.size === source.size && Math.abs(copy.mtimeMs - source.mtimeMs) < 1) {
        try {
          await link(earlier, to)
          return
        } catch {
          // No hard links on this file system: copy.
        }
      }
    }
    try {
      await copyFile(from, to, constants.COPYFILE_FICLONE)
      await utimes(to, source.atime, source.mtime)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
}

export async function listSnapshots(projectDir: string): Promise<BackupInfo[]> {
  const folder = join(projectDir, BACKUPS_FOLDER)
  const names = await readdir(folder).catch(() => [] as string[])
  const snapshots: BackupInfo[] = []
  for (const name of names) {
    const match = NAME.exec(name)
    if (!match) continue
    const documents = await readdir(join(folder, name, 'documents')).catch(() => [] as string[])
    snapshots.push({
      name,
      createdAt: (match[1] ?? '').replace(/T(\d{2})-(\d{2})-(\d{2})/, 'T$1:$2:$3'),
      reason: match[2] ?? '',
      documentCount: documents.filter((file) => file.endsWith('.json')).length
    })
  }
  return snapshots.sort((a, b) => b.name.localeCompare(a.name))
}

export function snapshotDir(projectDir: string, name: string): string | null {
  return NAME.test(name) ? join(projectDir, BACKUPS_FOLDER, name) : null
}

/** Keeps the newest KEEP_RECENT snapshots and the newest one of each of the last KEEP_DAILY days. */
async function prune(folder: string): Promise<void> {
  const names = (await readdir(folder)).filter((name) => NAME.test(name)).sort().reverse()
  const keep = new Set(names.slice(0, KEEP_RECENT))
  const days = new Set<string>()
  const oldestDay = new Date(Date.now() - KEEP_DAILY * 86_400_000).toISOString().slice(0, 10)
  for (const name of names) {
    const day = name.slice(0, 10)
    if (day >= oldestDay && !days.has(day)) {
      days.add(day)
      keep.add(name)
    }
  }
  for (const name of names) if (!keep.has(name)) await rm(join(folder, name), { recursive: true, force: true })
  // Snapshots a killed process left half-built.
  for (const name of await readdir(folder)) {
    if (name.startsWith('.') && name.endsWith('.building')) await rm(join(folder, name), { recursive: true, force: true })
  }
}

function snapshotName(date: Date, reason: string): string {
  return `${date.toISOString().replace(/:/g, '-')}-${reason}`
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}
