/**
 * What one browser-mode server grants its clients. Loopback only and token-guarded, but a stuck or
 * hostile local client must not hold the server: each limit has a test in limits.test.ts.
 */
export const SERVER_LIMITS = {
  /** Open sockets at once; further connections are closed on arrival. A tab uses at most ~7. */
  maxConnections: 64,
  /** Open `GET /api/events` streams at once (one per tab); more are refused with 429. */
  maxEventStreams: 16,
  /** Time for a client to send its request headers. */
  headersTimeoutMs: 5_000,
  /** Time for a client to send its whole request, body included (50 MB on loopback takes < 1 s). */
  requestTimeoutMs: 10_000,
  /** How often Node checks the two timeouts above: its default (30 s) would let a request overrun by that much. */
  timeoutCheckIntervalMs: 1_000
} as const

export type ServerLimits = { -readonly [K in keyof typeof SERVER_LIMITS]: number }
