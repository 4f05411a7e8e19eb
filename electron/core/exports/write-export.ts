import type { Core } from '../core'
import type { ExportOptionsInput } from './options'
import type { ExportReport } from './format-exporter'
import type { ExportProgress } from './source'
import { writeRunToFile, writeRunToFolder } from './sinks'

export interface ExportWritten {
  path: string
  bytes: number
  documentCount: number
  report: ExportReport
}

/**
 * Streams the project's export to `path`, one document at a time: a single-file format as that file, a
 * multi-file format as a ZIP (or, with `asFolder`, as a new folder of files). Atomic either way: an existing
 * file is replaced whole or left as it was.
 */
export async function exportToPath(
  core: Core,
  options: ExportOptionsInput,
  path: string,
  { asFolder = false, onProgress }: { asFolder?: boolean; onProgress?: (progress: ExportProgress) => void } = {}
): Promise<ExportWritten> {
  const run = core.startExport(options, onProgress)
  const bytes = asFolder ? await writeRunToFolder(run, path) : await writeRunToFile(run, path)
  return { path, bytes, documentCount: run.report.documentCount, report: run.report }
}

/** Exports the project straight to a file, atomically (kept for the callers of the first release). */
export async function exportToFile(
  core: Core,
  format: ExportOptionsInput['format'],
  path: string,
  offsetUnit: ExportOptionsInput['offsetUnit'] = 'codepoint'
): Promise<ExportWritten> {
  return exportToPath(core, { format, offsetUnit }, path)
}
