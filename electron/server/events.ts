import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Core, EventName } from '../core'

export const HEARTBEAT_MS = 25_000

// Keyed by every event name, so an event added to the contract is a type error here until it is forwarded.
const FORWARDED: Record<EventName, true> = { 'document.changed': true, 'documents.added': true }
const EVENT_NAMES = Object.keys(FORWARDED) as EventName[]

/** `GET /api/events`: the core's events as a Server-Sent Events stream, one per open browser tab. */
export class EventStreams {
  private readonly open = new Set<ServerResponse>()

  constructor(
    private readonly core: Core,
    private readonly heartbeatMs: number = HEARTBEAT_MS
  ) {}

  handle(_req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' })
    // Sends the headers now, so the client's fetch resolves before the first event.
    res.write(': connected\n\n')
    const unsubscribers = EVENT_NAMES.map((name) =>
      this.core.on(name, (payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`))
    )
    // Keeps proxies and idle timers from closing a quiet stream.
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), this.heartbeatMs)
    this.open.add(res)
    res.once('close', () => {
      clearInterval(heartbeat)
      for (const unsubscribe of unsubscribers) unsubscribe()
      this.open.delete(res)
    })
  }

  closeAll(): void {
    for (const res of this.open) res.end()
  }
}
