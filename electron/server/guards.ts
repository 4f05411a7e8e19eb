import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { CONTENT_SECURITY_POLICY } from '../core/security'

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
}

function loopbackAuthorities(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/**
 * Defends against DNS rebinding: a page on evil.example that re-resolves its name to 127.0.0.1
 * still sends `Host: evil.example`.
 */
export function isTrustedHost(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host?.toLowerCase()
  return host !== undefined && loopbackAuthorities(port).includes(host)
}

/** Browsers send Origin on cross-origin requests (and on same-origin POSTs); only our own is accepted. */
export function isTrustedOrigin(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  return loopbackAuthorities(port).some((authority) => origin.toLowerCase() === `http://${authority}`)
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest()
}

/** Compares in constant time; hashing first gives both sides the same length whatever was sent. */
export function hasBearerToken(req: IncomingMessage, token: string): boolean {
  const match = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')
  const sent = match?.[1]
  if (sent === undefined) return false
  return timingSafeEqual(digest(sent), digest(token))
}
