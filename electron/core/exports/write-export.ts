import { realpath, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path'
import type { Core } from '../core'
import type { ExportFile, ExportFormat, OffsetUnit } from '../contract'
import { ApiError } from '../errors'
import { writeFileAtomic } from '../store/atomic-write'
import { storeErrorFromErrno } from '../store/errors'

export interface ExportWritten {
  path: string
  bytes: number
  documentCount: number
}

/**
 * Writes a computed export atomically: an existing file is replaced whole (keeping its permissions) or
 * left as it was. Refused: a destination that exists and is not a regular file (a device such as
 * /dev/null, a FIFO, a folder), and any path inside the project folder, symlinks resolved, so an
 * export can never replace project.json or a document. A symlink to a regular file is written through.
 */
export async function writeExportFile(file: ExportFile, path: string, projectDir: string): Promise<ExportWritten> {
  const target = await resolveDestination(path)
  const existing = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
  if (existing && !existing.isFile()) {
    throw new ApiError('invalid-input', `Cannot export to ${path}: it exists and is not a regular file (${existing.isDirectory() ? 'a folder' : 'a device, FIFO or socket'}).`)
  }
  const project = await realpath(projectDir).catch(() => projectDir)
  if (isInside(project, target)) {
    throw new ApiError('invalid-input', `Cannot export to ${path}: it is inside the project folder ${projectDir}. Choose a file outside it.`)
  }
  try {
    await writeFileAtomic(target, file.content, existing ? { mode: existing.mode & 0o7777 } : {})
  } catch (error) {
    throw storeErrorFromErrno(error, dirname(target))
  }
  return { path, bytes: Buffer.byteLength(file.content), documentCount: file.documentCount }
}

/** Exports the project straight to a file, atomically. */
export async function exportToFile(
  core: Core,
  format: ExportFormat,
  path: string,
  offsetUnit: OffsetUnit = 'codepoint'
): Promise<ExportWritten> {
  return writeExportFile(await core.call('export.project', { format, offsetUnit }), path, openProjectDir(core))
}

/** The real path the export will land at: the file itself if it exists (symlinks followed), else its real folder. */
async function resolveDestination(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  try {
    return join(await realpath(dirname(path)), basename(path))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ApiError('invalid-input', `Cannot export to ${path}: the folder ${dirname(path)} does not exist.`)
    throw error
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

/** The open project's folder, which an export must not be written into; `no-project` when none is open. */
export function openProjectDir(core: Core): string {
  if (core.projectDir === null) throw new ApiError('no-project', 'No project is open: open one to export it.')
  return core.projectDir
}
