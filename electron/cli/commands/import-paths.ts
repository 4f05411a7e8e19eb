import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

export interface FoundFile {
  /** The path as the user wrote it (joined with the names below a folder), for the report. */
  path: string
}

export interface PathProblem {
  file: string
  reason: string
}

const STAT_FAILURES: Record<string, string> = {
  ENOENT: 'does not exist.',
  EACCES: 'cannot be read: permission denied.',
  ENOTDIR: 'does not exist (a part of its path is not a folder).',
  ELOOP: 'is a symbolic link that loops.'
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
      problems.push({ file: path, reason: STAT_FAILURES[(error as NodeJS.ErrnoException).code ?? ''] ?? `cannot be read (${(error as Error).message}).` })
    }
  }
  return { files, problems }
}

async function walk(folder: string, files: FoundFile[], problems: PathProblem[]): Promise<void> {
  let entries
  try {
    entries = await readdir(folder, { withFileTypes: true })
  } catch (error) {
    problems.push({ file: folder, reason: STAT_FAILURES[(error as NodeJS.ErrnoException).code ?? ''] ?? `cannot be read (${(error as Error).message}).` })
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
      else if (!target) problems.push({ file: path, reason: 'is a broken symbolic link.' })
      // A link to a folder is not followed.
    } else files.push({ path }) // a FIFO or device: readRegularFile refuses it with its kind named
  }
}
