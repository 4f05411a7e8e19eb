import type { ProjectStore } from '../store/project-store'
import { exportBaseName } from './file-names'
import type { ExportEntry, ExportReport } from '../shared/exports/format-exporter'
import { formats } from './formats'
import { FORMATS_WITH_OFFSET_CHOICE, type ExportOptions } from '../shared/exports/options'
import { createExportContext, type ExportProgress } from './source'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import type { Reader } from '../layers/blind-reads'

/** An export under way: its files come out of `entries` one by one; `report` is complete once they are consumed. */
export interface ExportRun {
  /** A name for the whole export: `project.jsonl`, or `project-brat.zip` for a multi-file format. */
  fileName: string
  mimeType: string
  multiFile: boolean
  entries: AsyncIterable<ExportEntry>
  report: ExportReport
}

/** Starts an export of what `reader` may read (blind mode: only their own work on documents not done for them). */
export function startExport(store: ProjectStore, options: ExportOptions, reader: Reader, onProgress?: (progress: ExportProgress) => void): ExportRun {
  const format = formats[options.format]
  if (options.offsetUnit !== 'codepoint' && !FORMATS_WITH_OFFSET_CHOICE.includes(options.format)) {
    throw new ApiError('invalid-input', said('exportNotes.error.offsetsAlwaysCodePoints', { format: options.format }))
  }
  const unknownTags = (options.tags ?? []).concat(options.tagPriority ?? []).filter((id) => !store.info.tags.some((t) => t.id === id))
  if (unknownTags.length > 0) throw new ApiError('invalid-input', said('exportNotes.error.noSuchTags', { tags: unknownTags.map((t) => `"${t}"`).join(', ') }))
  const context = createExportContext(store, options, reader, format.passes, onProgress)
  const base = exportBaseName(store.info.name)
  return {
    fileName: format.multiFile ? `${base}-${format.format}.zip` : `${base}.${format.extension}`,
    mimeType: format.mimeType,
    multiFile: format.multiFile,
    entries: format.entries(context),
    report: context.report
  }
}
