import type { EventName, Events, ExportOptionsInput, Input, Method, Result } from '@core/shared/contract'
import type { ExportReport } from '@core/shared/exports/format-exporter'
import type { ApiErrorBody, Envelope } from '@core/shared/errors'
import { canSay, say, type Said } from '@core/shared/i18n/said'
import type { Digits, Language } from '@core/shared/i18n/locale'
import type { Translator } from '@core/shared/i18n/translator'

/**
 * A failed API call, carrying the core's message (in English, and as catalogue data in `body.said`); a failure
 * the renderer itself found (the server gone) carries its own message, so the user reads either in the interface's language.
 */
export class ApiCallError extends Error {
  readonly said?: Said

  constructor(
    readonly body: ApiErrorBody,
    said?: Said
  ) {
    super(body.message)
    this.name = 'ApiCallError'
    const message = said ?? body.said
    if (message) this.said = message
  }
}

/** What to tell the user about a failure: its message in the interface's language, else the error's text as it came. */
export function errorText(error: unknown, t: Translator): string {
  // A message this build's catalogue cannot say (a server of another version) is shown by its English text.
  if (error instanceof ApiCallError && canSay(t, error.said)) return say(t, error.said)
  return error instanceof Error ? error.message : String(error)
}

export interface ExportOutcome {
  /** Where the file went (a path in the desktop app, the file name of a browser download); null when cancelled. */
  savedTo: string | null
  documentCount?: number
  report?: ExportReport
}

/** The renderer's only way to reach the core, whichever shell it runs in. */
export interface ApiClient {
  readonly mode: 'desktop' | 'browser'
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<M>>
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void
  /** Exports with every option of the export dialog; progress arrives as `export.progress` events. */
  runExport(options: ExportOptionsInput): Promise<ExportOutcome>
  /** The Claims view as CSV (filters and order as shown): a save dialog in the desktop app, a download in the browser. */
  exportClaimsCsv(query: Input<'views.claimsCsv'>): Promise<ExportOutcome>
  /** The agreement view's figures as CSV or Markdown (the CLI's bytes): a save dialog in the desktop app, a download in the browser. */
  exportAgreementReport(query: Input<'agreement.report'>): Promise<ExportOutcome>
  /** The desktop app's native folder picker (null when cancelled); absent in browser mode. */
  chooseFolder?(title: string): Promise<string | null>
  /** Opens the system's file manager on a folder; absent in browser mode. */
  showInFolder?(dir: string): Promise<void>
  /** Tells the desktop app the interface's language, so its native menu and dialogs speak it; absent in browser mode (it has neither). */
  setShellLanguage?(language: Language, digits: Digits): Promise<void>
  /**
   * Browser mode: whether the server is reachable, told on each change (its event stream lost or back,
   * a request failing to reach it). The desktop app's core lives in its own process and has no such state.
   */
  onConnection?(listener: (connected: boolean, reason?: 'unreachable' | 'stale-token') => void): () => void
}

export function unwrap<R>(envelope: Envelope<R>): R {
  if (!envelope.ok) throw new ApiCallError(envelope.error)
  return envelope.result
}
