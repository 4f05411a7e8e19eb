import { realpath, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path'
import type { Core } from '../core'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { storeErrorFromErrno } from '../store/errors'
import type { ExportFile } from '../shared/contract'
import type { ExportReport } from '../shared/exports/format-exporter'
import type { ExportRun } from './run'
import type { ExportOptionsInput } from '../shared/exports/options'
import { writeRunToFile, writeRunToFolder } from './sinks'
import type { ExportProgress } from './source'

export interface ExportWritten {
  path: string
  bytes: number
  documentCount: number
  report: ExportReport
}

/**
 * Streams the project's export to `path`, one document at a time: a single-file format as that file, a
 * multi-file format as a ZIP (or, with `asFolder`, as a folder it creates, never one that exists). Atomic either way: an existing
 * file is replaced whole (keeping its permissions) or left as it was. Refused: a file destination that
 * exists and is not a regular file (a device such as /dev/null, a FIFO, a folder), and any path inside
 * the project folder, symlinks resolved, so an export can never replace project.json or a document.
 */
export async function exportToPath(
  core: Core,
  options: ExportOptionsInput,
  path: string,
  { asFolder = false, onProgress }: { asFolder?: boolean; onProgress?: (progress: ExportProgress) => void } = {}
): Promise<ExportWritten> {
  return writeRunToPath(core, path, () => core.startExport(options, onProgress), { asFolder })
}

/**
 * A file the core built whole (e.g. the Claims view's CSV) written to `path` with the same checks
 * and atomic replacement as an export.
 */
export async function exportFileToPath(core: Core, file: ExportFile, path: string): Promise<ExportWritten> {
  if (file.encoding !== 'utf8') throw new ApiError('internal', said('exportNotes.error.binaryFile', { file: file.fileName }))
  const run: ExportRun = {
    fileName: file.fileName,
    mimeType: file.mimeType,
    multiFile: false,
    report: file.report,
    entries: (async function* () {
      yield { name: file.fileName, content: (async function* () { yield file.content })() }
    })()
  }
  return writeRunToPath(core, path, () => run, { asFolder: false })
}

async function writeRunToPath(core: Core, path: string, startRun: () => ExportRun, { asFolder }: { asFolder: boolean }): Promise<ExportWritten> {
  const target = await resolveDestination(path)
  const existing = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
  if (!asFolder && existing && !existing.isFile()) {
    throw new ApiError('invalid-input', said('exportNotes.error.notARegularFile', { path, kind: existing.isDirectory() ? 'folder' : 'device' }))
  }
  if (asFolder && existing) {
    throw new ApiError('invalid-input', said('exportNotes.error.folderExists', { path, kind: existing.isDirectory() ? 'folder' : 'file' }))
  }
  const projectDir = openProjectDir(core)
  const project = await realpath(projectDir).catch(() => projectDir)
  if (isInside(project, target) || isInside(target, project)) {
    throw new ApiError('invalid-input', said('exportNotes.error.insideProject', { path, project: projectDir }))
  }
  const run = startRun()
  try {
    const bytes = asFolder
      ? await writeRunToFolder(run, target)
      : await writeRunToFile(run, target, existing ? existing.mode & 0o7777 : undefined)
    return { path, bytes, documentCount: run.report.documentCount, report: run.report }
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw storeErrorFromErrno(error, dirname(target))
  }
}

/** Exports the project straight to a file, atomically (the first release's signature). */
export async function exportToFile(
  core: Core,
  format: ExportOptionsInput['format'],
  path: string,
  offsetUnit: ExportOptionsInput['offsetUnit'] = 'codepoint'
): Promise<ExportWritten> {
  return exportToPath(core, { format, offsetUnit }, path)
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
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ApiError('invalid-input', said('exportNotes.error.noSuchFolder', { path, folder: dirname(path) }))
    throw error
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

/** The open project's folder, which an export must not be written into; `no-project` when none is open. */
export function openProjectDir(core: Core): string {
  if (core.projectDir === null) throw new ApiError('no-project', said('exportNotes.error.noProject'))
  return core.projectDir
}
