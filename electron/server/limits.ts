/**
 * What one browser-mode server grants its clients. Loopback only and token-guarded, but a stuck or
 * hostile local client must not hold the server: each limit has a test in limits.test.ts or untrusted.test.ts.
 */
export const SERVER_LIMITS = {
  /** Open sockets at once; further connections are closed on arrival. A tab uses at most ~7. */
  maxConnections: 64,
  /**
   * Open sockets that have not yet sent a valid token (a tab loading the page's files, or anyone else):
   * past this the oldest of them is closed, so they can never take the room of those that have.
   */
  maxUntrustedConnections: 16,
  /** Open `GET /api/events` streams at once (one per tab); more are refused with 429. */
  maxEventStreams: 16,
  /**
   * Time for a client to send its request headers, counted from the connection for its first request:
   * a local client sends them in one write, so a connection still silent after this is stuck or hostile.
   */
  headersTimeoutMs: 3_000,
  /** Time for a client to send its whole request, body included (50 MB on loopback takes < 1 s). */
  requestTimeoutMs: 10_000,
  /** How often Node checks the two timeouts above: its default (30 s) would let a request overrun by that much. */
  timeoutCheckIntervalMs: 1_000
} as const

export type ServerLimits = { -readonly [K in keyof typeof SERVER_LIMITS]: number }
