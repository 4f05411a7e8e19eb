import type { EventName, Events, ExportFile } from '@core/contract'
import type { Envelope } from '@core/errors'
import { ApiCallError, unwrap, type ApiClient, type ExportOutcome } from './client'
import { readServerSentEvents } from './server-sent-events'

/** Talks to `tessera serve` over loopback HTTP, with the launch token in an Authorization header. */
export function createHttpClient(token: string, baseUrl = ''): ApiClient {
  const headers = { Authorization: `Bearer ${token}` }
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  let streaming = false
  let connected = true
  const connectionListeners = new Set<(connected: boolean) => void>()
  function setConnected(next: boolean): void {
    if (next === connected) return
    connected = next
    for (const listener of connectionListeners) listener(next)
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
      try {
        response = await fetch(`${baseUrl}/api/${method}`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(input)
        })
      } catch {
        setConnected(false)
        throw new ApiCallError({
          code: 'internal',
          message: 'Tessera’s server is not reachable: it may have been stopped. Start Tessera again the way you started it, then reload this page.'
        })
      }
      setConnected(true)
      const envelope = (await response.json().catch(() => null)) as Envelope<never> | null
      if (!envelope) throw new ApiCallError({ code: 'internal', message: `The server answered ${response.status} without a result.` })
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
    exportProject(format) {
      return client.runExport({ format })
    },
    async runExport(options) {
      return download(await client.call('export.project', options))
    },
    async exportClaimsCsv(query) {
      return download(await client.call('views.claimsCsv', query))
    }
  }
  return client
}

/** Hands a file the core built to the browser as a download. */
function download(file: ExportFile): ExportOutcome {
  const body = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content
  const url = URL.createObjectURL(new Blob([body], { type: file.mimeType }))
  const link = Object.assign(document.createElement('a'), { href: url, download: file.fileName })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return { savedTo: file.fileName, documentCount: file.documentCount, report: file.report }
}
