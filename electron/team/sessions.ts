import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type pg from 'pg'
import { ApiError } from '../core/shared/errors'
import { said } from '../core/shared/i18n/said'
import type { Role } from './users'
import { verifyOrWaste } from './users'

/** Wrong passwords in a row that lock an account, and for how long. */
export const FAILURES_BEFORE_LOCKOUT = 5
export const LOCKOUT_MS = 15 * 60_000
/** How long a login lasts without being renewed. */
export const SESSION_MS = 12 * 60 * 60_000

export interface SessionUser {
  id: number
  name: string
  role: Role
}

export interface Session {
  /** The cookie's value: sent to the browser once, stored only as its SHA-256. */
  token: string
  /** Sent back on every change (a header the page sets), so another site cannot make the browser change anything. */
  csrfToken: string
  user: SessionUser
  expiresAt: Date
}

const tokenHash = (token: string): Buffer => createHash('sha256').update(token).digest()

/**
 * Logs a user in: the same refusal for an unknown name and a wrong password (and the same work, so timing tells
 * nothing); after FAILURES_BEFORE_LOCKOUT wrong passwords in a row the account is locked for LOCKOUT_MS, the right
 * password included. Attempts on one account are counted one at a time (the row is locked), so a burst of guesses
 * in parallel is counted in full.
 */
export async function login(client: pg.ClientBase, name: string, password: string, now = new Date()): Promise<Session> {
  await client.query('BEGIN')
  try {
    const { rows } = await client.query<{ id: string; role: Role; password_hash: string; failed_logins: number; locked_until: Date | null }>(
      'SELECT id, role, password_hash, failed_logins, locked_until FROM users WHERE name = $1 FOR UPDATE',
      [name]
    )
    const user = rows[0]
    if (user?.locked_until && user.locked_until > now) {
      await client.query('COMMIT')
      throw new ApiError('unauthorized', said('problems.team.lockedOut', { minutes: Math.ceil((user.locked_until.getTime() - now.getTime()) / 60_000) }))
    }
    const matches = await verifyOrWaste(user?.password_hash ?? null, password)
    if (!user || !matches) {
      if (user) {
        const failures = user.failed_logins + 1
        const locks = failures >= FAILURES_BEFORE_LOCKOUT
        await client.query('UPDATE users SET failed_logins = $2, locked_until = $3 WHERE id = $1', [user.id, locks ? 0 : failures, locks ? new Date(now.getTime() + LOCKOUT_MS) : null])
      }
      await client.query('COMMIT')
      throw new ApiError('unauthorized', said('problems.team.badLogin'))
    }
    const session: Session = {
      token: randomBytes(32).toString('base64url'),
      csrfToken: randomBytes(32).toString('base64url'),
      user: { id: Number(user.id), name, role: user.role },
      expiresAt: new Date(now.getTime() + SESSION_MS)
    }
    await client.query('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1', [user.id])
    await client.query('INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
      tokenHash(session.token),
      user.id,
      session.csrfToken,
      now,
      session.expiresAt
    ])
    await client.query('COMMIT')
    return session
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  }
}

/** The session a cookie's token opens, or null when it is unknown, logged out or expired. */
export async function sessionOf(client: pg.ClientBase, token: string, now = new Date()): Promise<Omit<Session, 'token'> | null> {
  const { rows } = await client.query<{ id: string; name: string; role: Role; csrf_token: string; expires_at: Date }>(
    'SELECT u.id, u.name, u.role, s.csrf_token, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2',
    [tokenHash(token), now]
  )
  const row = rows[0]
  return row ? { csrfToken: row.csrf_token, user: { id: Number(row.id), name: row.name, role: row.role }, expiresAt: row.expires_at } : null
}

export async function logout(client: pg.ClientBase, token: string): Promise<void> {
  await client.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)])
}

/** Whether a change request carries its session's CSRF token (compared in constant time). */
export function csrfMatches(expected: string, sent: string | undefined): boolean {
  if (sent === undefined) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(sent)
  return a.length === b.length && timingSafeEqual(a, b)
}
