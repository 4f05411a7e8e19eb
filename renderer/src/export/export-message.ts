import type { ExportFormat } from '@core/shared/contract'
import type { Translator } from '@core/shared/i18n/translator'
import type { ExportOutcome } from '../api/client'
import { formatLabel } from './export-form'

export interface ExportDone {
  outcome: ExportOutcome
  format: ExportFormat
  /** A browser download lands wherever the browser puts downloads: the notice says so rather than claim a path. */
  downloaded: boolean
}

/** What the export did, in one sentence: how many documents, which format, where the file went. */
export function exportMessage({ outcome, format, downloaded }: ExportDone, translator: Translator): string {
  const values = { count: outcome.documentCount ?? 0, format: formatLabel(format, translator), path: outcome.savedTo ?? '' }
  return translator.t(downloaded ? 'exporting.message.downloaded' : 'exporting.message.saved', values)
}
