import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Core } from '../core'
import { handleApiCall } from './api'
import { EXPORT_DOWNLOAD_PATH, EXPORT_REPORT_PREFIX, ExportDownloads } from './export-download'
import { MAX_BODY_BYTES } from './body'
import { EventStreams, HEARTBEAT_MS } from './events'
import { SERVER_LIMITS, type ServerLimits } from './limits'
import { UntrustedConnections } from './connections'
import { hasBearerToken, isTrustedHost, isTrustedOrigin, setSecurityHeaders } from './guards'
import { HttpFailure, methodNotAllowed, sendFailure } from './respond'
import { said, verbatim } from '../core/shared/i18n/said'
import { createStaticHandler } from './static'

export interface ServerOptions {
  core: Core
  /** The built renderer (`out/renderer`). */
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
  /** The token of the last launch (from the data folder's address file), so open tabs reconnect; else a new one. */
  token?: string
  /** Loopback only: the API would otherwise be open to the network, token or not. */
  host?: '127.0.0.1'
  maxBodyBytes?: number
  heartbeatMs?: number
  /** Overrides of the connection limits, for tests; the defaults are SERVER_LIMITS. */
  limits?: Partial<ServerLimits>
}

export interface RunningServer {
  /** The address to open; the token rides in the fragment, which browsers never send to the server. */
  url: string
  token: string
  port: number
  /** Where the socket is bound, as the operating system reports it. */
  address: AddressInfo
  close(): Promise<void>
}

const API_PREFIX = '/api/'
const EVENTS_PATH = '/api/events'

/** Browser mode: the core's API over loopback HTTP, plus the built renderer. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { core, host = '127.0.0.1', maxBodyBytes = MAX_BODY_BYTES } = options
  const token = options.token ?? randomBytes(32).toString('base64url')
  const limits: ServerLimits = { ...SERVER_LIMITS, ...options.limits }
  const events = new EventStreams(core, options.heartbeatMs ?? HEARTBEAT_MS, limits.maxEventStreams)
  const serveStatic = createStaticHandler(options.rendererDir)
  const downloads = new ExportDownloads(core)
  const untrusted = new UntrustedConnections(limits.maxUntrustedConnections)
  let port = 0

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res)
    if (!isTrustedHost(req, port)) throw new HttpFailure(403, 'forbidden', said('problems.server.wrongHost'))
    if (!isTrustedOrigin(req, port)) throw new HttpFailure(403, 'forbidden', said('problems.server.otherSite'))
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    if (path === '/api' || path.startsWith(API_PREFIX)) {
      res.setHeader('Cache-Control', 'no-store')
      if (!hasBearerToken(req, token)) {
        // A client without the token gets its answer and then the connection closed: it cannot keep a socket by retrying.
        res.setHeader('Connection', 'close')
        throw new HttpFailure(401, 'unauthorized', said('problems.server.needsToken'))
      }
      untrusted.trust(req.socket)
      if (path === EVENTS_PATH) {
        if (req.method !== 'GET') throw methodNotAllowed('GET')
        return events.handle(req, res)
      }
      if (path.startsWith(EXPORT_REPORT_PREFIX)) {
        if (req.method !== 'GET') throw methodNotAllowed('GET')
        return downloads.report(res, path.slice(EXPORT_REPORT_PREFIX.length))
      }
      if (req.method !== 'POST') throw methodNotAllowed('POST')
      if (path === EXPORT_DOWNLOAD_PATH) return downloads.download(req, res, maxBodyBytes)
      return handleApiCall(req, res, core, path.slice(API_PREFIX.length), maxBodyBytes)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed('GET', 'HEAD')
    serveStatic(req, res)
  }

  function onRequest(req: IncomingMessage, res: ServerResponse): void {
    route(req, res).catch((error: unknown) => {
      const failure = error instanceof HttpFailure ? error : new HttpFailure(500, 'internal', said('problems.server.unexpected', { problem: verbatim(String(error)) }))
      if (res.headersSent || res.destroyed) return void res.destroy()
      sendFailure(res, failure)
    })
  }

  const server = createServer(
    {
      // Node answers 408 and closes the socket when a client is too slow to send its headers or body.
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.timeoutCheckIntervalMs
    },
    onRequest
  )
  server.maxConnections = limits.maxConnections
  server.on('connection', (socket: Socket) => untrusted.admit(socket))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  port = address.port

  let closing: Promise<void> | null = null
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    port,
    address,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        events.closeAll()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
      return closing
    }
  }
}
