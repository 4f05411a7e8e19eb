import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { said, type Said } from '../../core/shared/i18n/said'

export interface FoundFile {
  /** The path as the user wrote it (joined with the names below a folder), for the report. */
  path: string
}

export interface PathProblem {
  file: string
  reason: Said
}

const STAT_FAILURES: Record<string, Said> = {
  ENOENT: said('importReport.path.missing'),
  EACCES: said('importReport.path.denied'),
  ENOTDIR: said('importReport.path.notAFolder'),
  ELOOP: said('importReport.path.loop')
}

/** Why a path cannot be read, from the error of its stat or readdir. */
function statFailure(error: unknown): Said {
  return STAT_FAILURES[(error as NodeJS.ErrnoException).code ?? ''] ?? said('importReport.path.unreadable', { error: (error as Error).message })
}

/**
 * The files named on the command line, folders read recursively (hidden files and folders skipped, a
 * symbolic link to a folder not followed, so a loop cannot trap the walk), in a stable order. Paths
 * that cannot be read are returned as problems naming them; they do not stop the others.
 */
export async function expandPaths(paths: string[]): Promise<{ files: FoundFile[]; problems: PathProblem[] }> {
  const files: FoundFile[] = []
  const problems: PathProblem[] = []
  for (const path of paths) {
    try {
      const stats = await stat(path)
      if (stats.isDirectory()) await walk(path, files, problems)
      else files.push({ path })
    } catch (error) {
      problems.push({ file: path, reason: statFailure(error) })
    }
  }
  return { files, problems }
}

async function walk(folder: string, files: FoundFile[], problems: PathProblem[]): Promise<void> {
  let entries
  try {
    entries = await readdir(folder, { withFileTypes: true })
  } catch (error) {
    problems.push({ file: folder, reason: statFailure(error) })
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) await walk(path, files, problems)
    else if (entry.isFile()) files.push({ path })
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null)
      if (target?.isFile()) files.push({ path })
      else if (!target) problems.push({ file: path, reason: said('importReport.path.brokenLink') })
      // A link to a folder is not followed.
    } else files.push({ path }) // a FIFO or device: readRegularFile refuses it with its kind named
  }
}
