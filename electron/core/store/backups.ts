import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupInfo } from '../shared/model/backups'
import { syncFolder } from './atomic-write'
import { copyIndependent, readManifest, syncFiles, writeManifest, type SnapshotManifest } from './snapshot-manifest'
import { SnapshotVerdicts, type SnapshotVerdict } from './snapshot-verdicts'

export type { BackupInfo }

export const BACKUPS_FOLDER = 'backups'
/** Kept: the newest this many snapshots, plus the newest of each of the last KEEP_DAILY days. */
export const KEEP_RECENT = 20
export const KEEP_DAILY = 7

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z)-([a-z-]+)$/

/**
 * Rolling snapshots of a project in `backups/<time>-<reason>/`: project.json and every document's
 * JSON and journal as they were, then manifest.json (each file's size and SHA-256). Every file is an
 * independent copy (a reflink where the file system offers one): never a hard link to the live file
 * or to another snapshot, so damage to one copy reaches no other. A snapshot is built under a temp
 * name, its manifest written last and fsynced, and the folder renamed when complete.
 */
export async function writeSnapshot(
  projectDir: string,
  reason: string,
  copyProjectFiles: (into: string, place: (from: string, file: string) => Promise<void>) => Promise<number>,
  verdicts: SnapshotVerdicts = new SnapshotVerdicts()
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
  const files: SnapshotManifest['files'] = {}
  // Collected as the files are copied, not all at the end: at 100,000 documents that was a second's hold of the main thread.
  const copies: string[] = []
  const place = async (from: string, file: string): Promise<void> => {
    const copy = join(building, file)
    const copied = await copyIndependent(from, copy)
    if (!copied) return
    files[file] = copied
    copies.push(copy)
  }
  let documentCount: number
  try {
    documentCount = await copyProjectFiles(building, place)
    await syncFiles(copies)
    await syncFolder(join(building, 'documents'))
    await writeManifest(building, { format: 1, createdAt: createdAt.toISOString(), reason, documentCount, files })
    await syncFolder(building)
  } catch (error) {
    await rm(building, { recursive: true, force: true })
    throw error
  }
  await rename(building, join(folder, name))
  await syncFolder(folder)
  // Every copy was hashed as read back from the snapshot: it is verified as written.
  const verdict: SnapshotVerdict = { verification: 'verified', problems: [], documentCount }
  await verdicts.remember(join(folder, name), verdict)
  await prune(folder, verdicts)
  return { name, createdAt: createdAt.toISOString(), reason, ...verdict, problems: [] }
}

/**
 * The project's snapshots, newest first, each checked: checksums, or parsing every file for one taken
 * before checksums. Snapshots `verdicts` already knows cost a few stats; the others are read, newest
 * first, for at most `budgetMs` (a large project's twenty snapshots are gigabytes): any left over are
 * listed `unchecked` and checked by a later list, and always before a restore.
 */
export async function listSnapshots(projectDir: string, verdicts = new SnapshotVerdicts(), budgetMs = Number.POSITIVE_INFINITY): Promise<BackupInfo[]> {
  const snapshots: BackupInfo[] = []
  const deadline = Date.now() + budgetMs
  for (const name of await snapshotNames(projectDir)) {
    const folder = join(projectDir, BACKUPS_FOLDER, name)
    const match = NAME.exec(name)
    const verdict = (await verdicts.cached(folder)) ?? (Date.now() < deadline ? await verdicts.check(folder) : await unchecked(folder))
    snapshots.push({
      name,
      createdAt: (match?.[1] ?? '').replace(/T(\d{2})-(\d{2})-(\d{2})/, 'T$1:$2:$3'),
      reason: match?.[2] ?? '',
      ...verdict
    })
  }
  return snapshots
}

async function unchecked(folder: string): Promise<SnapshotVerdict> {
  const read = await readManifest(folder)
  const documentCount = read.kind === 'manifest' ? read.manifest.documentCount : (await readdir(join(folder, 'documents')).catch(() => [] as string[])).filter((file) => file.endsWith('.json')).length
  return { verification: 'unchecked', problems: [], documentCount }
}

/** The names of the project's snapshots, newest first, unchecked. */
export async function snapshotNames(projectDir: string): Promise<string[]> {
  const names = await readdir(join(projectDir, BACKUPS_FOLDER)).catch(() => [] as string[])
  return names.filter((name) => NAME.test(name)).sort((a, b) => b.localeCompare(a))
}

export function snapshotDir(projectDir: string, name: string): string | null {
  return NAME.test(name) ? join(projectDir, BACKUPS_FOLDER, name) : null
}

/** Keeps the newest KEEP_RECENT snapshots and the newest one of each of the last KEEP_DAILY days. */
async function prune(folder: string, verdicts: SnapshotVerdicts): Promise<void> {
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
  for (const name of names) {
    if (keep.has(name)) continue
    await rm(join(folder, name), { recursive: true, force: true })
    verdicts.forget(join(folder, name))
  }
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
