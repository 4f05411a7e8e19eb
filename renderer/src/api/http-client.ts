import type { EventName, Events, ExportFile } from '@core/shared/contract'
import type { Envelope } from '@core/shared/errors'
import type { ExportReport } from '@core/shared/exports/format-exporter'
import { inEnglish, said, type SaidValue } from '@core/shared/i18n/said'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import { ApiCallError, unwrap, type ApiClient, type ExportOutcome } from './client'
import { readServerSentEvents, type DisconnectReason } from './server-sent-events'

/** Names the project folder this tab shows (see electron/server/api.ts). */
const PROJECT_HEADER = 'X-Tessera-Project'

/** Talks to `tessera serve` over loopback HTTP, with the launch token in an Authorization header. */
export function createHttpClient(token: string, baseUrl = '', openProject: () => string | undefined = () => undefined): ApiClient {
  const headers = { Authorization: `Bearer ${token}` }
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  let streaming = false
  let connected = true
  let reason: DisconnectReason | undefined
  const connectionListeners = new Set<(connected: boolean, reason?: DisconnectReason) => void>()
  function setConnected(next: boolean, why?: DisconnectReason): void {
    if (next === connected && why === reason) return
    connected = next
    reason = next ? undefined : why
    for (const listener of connectionListeners) listener(next, reason)
  }

  function startEventStream(): void {
    if (streaming) return
    streaming = true
    void readServerSentEvents(
      `${baseUrl}/api/events`,
      headers,
      (event, data) => {
        for (const listener of listeners.get(event as EventName) ?? []) listener(data as never)
      },
      setConnected
    )
  }

  const client: ApiClient = {
    mode: 'browser',
    async call(method, input) {
      let response: Response
      const project = openProject()
      try {
        response = await fetch(`${baseUrl}/api/${method}`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json', ...(project === undefined ? {} : { [PROJECT_HEADER]: encodeURIComponent(project) }) },
          body: JSON.stringify(input)
        })
      } catch {
        setConnected(false, 'unreachable')
        throw failure('shell.error.serverUnreachable')
      }
      // A 401 here: the server at this address was started again with another token.
      if (response.status === 401) setConnected(false, 'stale-token')
      else setConnected(true)
      const envelope = (await response.json().catch(() => null)) as Envelope<never> | null
      if (!envelope) throw failure('shell.error.noResult', { status: String(response.status) })
      return unwrap(envelope)
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (payload: never) => void)
      listeners.set(event, set)
      startEventStream()
      return () => set.delete(listener as (payload: never) => void)
    },
    onConnection(listener) {
      connectionListeners.add(listener)
      startEventStream()
      return () => connectionListeners.delete(listener)
    },
    // The server streams the file (it never holds a whole export); its report follows once the download ends.
    async runExport(options) {
      let response: Response
      try {
        response = await fetch(`${baseUrl}/api/export/download`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(options)
        })
      } catch {
        throw failure('shell.error.exportUnreachable')
      }
      const exportId = response.headers.get('X-Tessera-Export-Id')
      if (!exportId) {
        const envelope = (await response.json().catch(() => null)) as Envelope<never> | null
        if (!envelope) throw failure('shell.error.noExport', { status: String(response.status) })
        return unwrap(envelope)
      }
      const fileName = decodeURIComponent(response.headers.get('X-Tessera-File-Name') ?? 'export')
      const body = await response.blob().catch(() => {
        throw failure('shell.error.exportBrokeOff')
      })
      saveBlob(body, fileName)
      const reportReply = await fetch(`${baseUrl}/api/export/report/${encodeURIComponent(exportId)}`, { headers })
      const report = unwrap((await reportReply.json()) as Envelope<ExportReport>)
      return { savedTo: fileName, documentCount: report.documentCount, report }
    },
    async exportClaimsCsv(query) {
      return download(await client.call('views.claimsCsv', query))
    },
    async exportAgreementReport(query) {
      return download(await client.call('agreement.report', query))
    }
  }
  return client
}

/** A failure found here rather than by the core: its English message for logs, its key for the user (see `errorText`). */
function failure(key: MessageKey, values?: Record<string, SaidValue>): ApiCallError {
  const message = said(key, values)
  return new ApiCallError({ code: 'internal', message: inEnglish(message) }, message)
}

/** Hands a small file the core built (the Claims CSV) to the browser as a download. */
function download(file: ExportFile): ExportOutcome {
  const body = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content
  saveBlob(new Blob([body], { type: file.mimeType }), file.fileName)
  return { savedTo: file.fileName, documentCount: file.documentCount, report: file.report }
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
