import { createHash } from 'node:crypto'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { SnapshotVerification } from '../model/backups'
import { checkSnapshot } from './snapshot-check'
import { forEachConcurrently } from './snapshot-manifest'

export interface SnapshotVerdict {
  verification: SnapshotVerification
  problems: string[]
  documentCount: number
}

/**
 * Verdicts on snapshots checked by this process, each kept while none of the snapshot's files changed
 * (size, modification and change time, inode): listing the backups again re-reads only snapshots that
 * changed. Damage that leaves every stat as it was (bit rot under the file system) shows at the next
 * start, and a restore always checks afresh.
 */
const verdicts = new Map<string, { signature: string; verdict: SnapshotVerdict }>()

export async function verdictFor(folder: string): Promise<SnapshotVerdict> {
  const signature = await statSignature(folder)
  const known = verdicts.get(folder)
  if (known && known.signature === signature) return known.verdict
  const check = await checkSnapshot(folder, { parse: false })
  const verdict: SnapshotVerdict = {
    verification: check.verification,
    problems: check.problems,
    documentCount: check.manifest ? check.manifest.documentCount : await countDocumentFiles(folder)
  }
  verdicts.set(folder, { signature, verdict })
  return verdict
}

/** A pruned snapshot's verdict is dropped with it. */
export function forgetVerdict(folder: string): void {
  verdicts.delete(folder)
}

async function statSignature(folder: string): Promise<string> {
  const files = [...(await readdir(folder).catch(() => [] as string[])), ...(await readdir(join(folder, 'documents')).catch(() => [] as string[])).map((name) => `documents/${name}`)]
  const lines = new Map<string, string>()
  await forEachConcurrently(files, 16, async (file) => {
    const stats = await stat(join(folder, file)).catch(() => null)
    lines.set(file, stats ? `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}` : '-')
  })
  const hash = createHash('sha256')
  for (const file of [...lines.keys()].sort()) hash.update(`${file}=${lines.get(file) ?? ''}\n`)
  return hash.digest('hex')
}

async function countDocumentFiles(folder: string): Promise<number> {
  const documents = await readdir(join(folder, 'documents')).catch(() => [] as string[])
  return documents.filter((file) => file.endsWith('.json')).length
}
