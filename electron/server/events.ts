import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Core } from '../core'
import { SERVER_LIMITS } from './limits'
import { HttpFailure } from './respond'
import { said } from '../core/shared/i18n/said'

export const HEARTBEAT_MS = 25_000

/** `GET /api/events`: the core's events as a Server-Sent Events stream, one per open browser tab. */
export class EventStreams {
  private readonly open = new Set<ServerResponse>()

  constructor(
    private readonly core: Core,
    private readonly heartbeatMs: number = HEARTBEAT_MS,
    private readonly maxStreams: number = SERVER_LIMITS.maxEventStreams
  ) {}

  handle(_req: IncomingMessage, res: ServerResponse): void {
    if (this.open.size >= this.maxStreams) {
      throw new HttpFailure(429, 'busy', said('problems.server.tooManyStreams', { count: this.maxStreams }), { 'Retry-After': '5' })
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' })
    // Sends the headers now, so the client's fetch resolves before the first event.
    res.write(': connected\n\n')
    const unsubscribe = this.core.onAny(({ event, payload }) => res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`))
    // Keeps proxies and idle timers from closing a quiet stream.
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), this.heartbeatMs)
    this.open.add(res)
    res.once('close', () => {
      clearInterval(heartbeat)
      unsubscribe()
      this.open.delete(res)
    })
  }

  closeAll(): void {
    for (const res of this.open) res.end()
  }
}
