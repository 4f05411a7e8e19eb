import type { Core } from '../core'
import type { ExportFile, ExportOptionsInput } from '../shared/contract'
import { collectRun } from '../exports/sinks'
import type { ExportProgress } from '../exports/source'

/**
 * A whole export in memory, through the same run the shells stream to disk (`Core.startExport`): the
 * file's text, or a ZIP's bytes in base64 for multi-file formats. For tests that read what was exported.
 */
export async function exportFile(core: Core, options: ExportOptionsInput, onProgress?: (progress: ExportProgress) => void): Promise<ExportFile> {
  const run = core.startExport(options, onProgress)
  const bytes = await collectRun(run)
  return {
    fileName: run.fileName,
    mimeType: run.mimeType,
    content: run.multiFile ? Buffer.from(bytes).toString('base64') : new TextDecoder().decode(bytes),
    encoding: run.multiFile ? 'base64' : 'utf8',
    documentCount: run.report.documentCount,
    report: run.report
  }
}
