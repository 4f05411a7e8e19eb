import { z } from 'zod'
import type { ExportReport } from './exports/format-exporter'
import { exportOptionsSchema } from './exports/options'
import { LANGUAGES } from './i18n/locale'
import { agreementSelection, claimFilters, folderPath, method, type MethodSpec } from './contract-parts'

/** Methods only the desktop shell answers: they need a native dialog. */
export const shellContract = {
  'shell.exportProject': method<{ savedTo: string | null; documentCount?: number; report?: ExportReport }>()(exportOptionsSchema),
  /** The Claims view as CSV, saved where the user chooses; savedTo is null when cancelled. */
  'shell.exportClaimsCsv': method<{ savedTo: string | null; documentCount?: number; report?: ExportReport }>()(z.strictObject(claimFilters)),
  /** The agreement view's figures as CSV or Markdown, saved where the user chooses; savedTo is null when cancelled. */
  'shell.exportAgreementReport': method<{ savedTo: string | null; documentCount?: number; report?: ExportReport }>()(
    z.strictObject({ ...agreementSelection, format: z.enum(['csv', 'markdown']) })
  ),
  /** A native folder picker; null when cancelled. */
  'shell.chooseFolder': method<{ dir: string | null }>()(z.strictObject({ title: z.string().max(200).optional() })),
  /** Shows the folder in the system's file manager. */
  'shell.showInFolder': method<{ shown: boolean }>()(z.strictObject({ dir: folderPath })),
  /** The interface language the renderer shows (its menu's choice, else the OS's), so the native menu and dialogs speak it too. */
  'shell.setLanguage': method<{ changed: boolean }>()(z.strictObject({ language: z.enum(LANGUAGES), digits: z.enum(['arab', 'latn']) }))
}
export type ShellContract = typeof shellContract
export type ShellMethod = keyof ShellContract
export type ShellInput<M extends ShellMethod> = z.input<ShellContract[M]['input']>
export type ShellResult<M extends ShellMethod> = ShellContract[M] extends MethodSpec<z.ZodType, infer R> ? R : never
