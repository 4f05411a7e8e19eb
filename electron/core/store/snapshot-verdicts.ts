import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { SnapshotVerification } from '../shared/model/backups'
import { checkSnapshot } from './snapshot-check'
import { LEGACY_SNAPSHOT_FILE, MANIFEST_FILE } from './snapshot-manifest'

export interface SnapshotVerdict {
  verification: SnapshotVerification
  problems: string[]
  documentCount: number
}

/**
 * An open project's verdicts on its snapshots: each snapshot is read and checked once (when it is
 * written, or the first time it is listed), and its verdict kept while its manifest and documents
 * folder are unchanged, so listing the backups again costs a few stats, not the project's size in
 * reads. A copy damaged in place later shows the next time the project is opened; a restore always
 * checks every file afresh.
 */
export class SnapshotVerdicts {
  private readonly known = new Map<string, { signature: string; verdict: SnapshotVerdict }>()

  /** The kept verdict, or null when the snapshot was not checked yet or changed since. */
  async cached(folder: string): Promise<SnapshotVerdict | null> {
    const known = this.known.get(folder)
    return known && known.signature === (await signature(folder)) ? known.verdict : null
  }

  async check(folder: string): Promise<SnapshotVerdict> {
    const before = await signature(folder)
    const check = await checkSnapshot(folder, { parse: false })
    const verdict: SnapshotVerdict = {
      verification: check.verification,
      problems: check.problems,
      documentCount: check.manifest?.documentCount ?? (await countDocumentFiles(folder))
    }
    this.known.set(folder, { signature: before, verdict })
    return verdict
  }

  /** A snapshot this process has just written and read back. */
  async remember(folder: string, verdict: SnapshotVerdict): Promise<void> {
    this.known.set(folder, { signature: await signature(folder), verdict })
  }

  forget(folder: string): void {
    this.known.delete(folder)
  }
}

async function signature(folder: string): Promise<string> {
  const parts = await Promise.all(
    [MANIFEST_FILE, LEGACY_SNAPSHOT_FILE, 'project.json', 'documents'].map(async (file) => {
      const stats = await stat(join(folder, file)).catch(() => null)
      return stats ? `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}` : '-'
    })
  )
  return parts.join('|')
}

async function countDocumentFiles(folder: string): Promise<number> {
  const documents = await readdir(join(folder, 'documents')).catch(() => [] as string[])
  return documents.filter((file) => file.endsWith('.json')).length
}
