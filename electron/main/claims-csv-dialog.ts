import type { BaseWindow } from 'electron'
import type { Core, Input } from '../core'
import type { Translator } from '../core/shared/i18n/translator'
import type { DialogExportResult } from './export-dialog'
import { saveFileWithDialog } from './save-file-dialog'

/** The Claims view as CSV (the core builds it with the view's filters and order), saved where the user chooses. */
export async function exportClaimsCsvWithDialog(core: Core, query: Input<'views.claimsCsv'>, parent: BaseWindow | null, t: Translator): Promise<DialogExportResult> {
  const file = await core.call('views.claimsCsv', query)
  return saveFileWithDialog(core, file, { title: t.t('desktop.export.claimsTitle'), filter: { name: t.t('desktop.export.filter.claimsCsv'), extension: 'csv' } }, parent, t)
}
