import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrate } from './migrate'
import { csrfMatches, FAILURES_BEFORE_LOCKOUT, LOCKOUT_MS, login, logout, SESSION_MS, sessionOf } from './sessions'
import { startTestCluster, type TestCluster } from './testing/cluster'
import { addUser } from './users'

let cluster: TestCluster
let pool: pg.Pool
beforeAll(async () => {
  cluster = await startTestCluster()
  pool = new pg.Pool({ connectionString: cluster.url, max: 12 })
  const client = await pool.connect()
  await migrate(client)
  client.release()
}, 120_000)
afterAll(async () => {
  await pool?.end()
  await cluster?.stop()
})

/** Runs `work` on a connection of its own (a login is a transaction: parallel attempts need one each). */
async function on<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    return await work(client)
  } finally {
    client.release()
  }
}

const PASSWORD = 'a long enough password'
const refusal = async (attempt: Promise<unknown>): Promise<string> => attempt.then(() => 'logged in', (error: unknown) => (error instanceof Error ? error.message : String(error)))

describe('team server logins', () => {
  it('opens a session whose token is stored only hashed, and ends it on logout or when it expires', async () => {
    await on((client) => addUser(client, { name: 'Rania', role: 'curator', password: PASSWORD }))
    const now = new Date('2026-12-08T09:00:00Z')
    const session = await on((client) => login(client, 'Rania', PASSWORD, now))
    expect(session.user).toMatchObject({ name: 'Rania', role: 'curator' })
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const { rows } = await on((client) => client.query<{ token_hash: Buffer }>('SELECT token_hash FROM sessions'))
    expect(rows.map((row) => row.token_hash.toString('base64url'))).not.toContain(session.token)
    expect(await on((client) => sessionOf(client, session.token, now))).toMatchObject({ user: { name: 'Rania' }, csrfToken: session.csrfToken })
    expect(await on((client) => sessionOf(client, session.token, new Date(now.getTime() + SESSION_MS + 1)))).toBeNull()
    expect(await on((client) => sessionOf(client, `${session.token.slice(0, -1)}A`, now))).toBeNull()
    await on((client) => logout(client, session.token))
    expect(await on((client) => sessionOf(client, session.token, now))).toBeNull()
  })

  it('says the same for an unknown name and a wrong password', async () => {
    await on((client) => addUser(client, { name: 'Omar', role: 'annotator', password: PASSWORD }))
    expect(await refusal(on((client) => login(client, 'Omar', 'wrong password here')))).toBe('Wrong user name or password.')
    expect(await refusal(on((client) => login(client, 'Nobody', PASSWORD)))).toBe('Wrong user name or password.')
  })

  it('locks an account after five wrong passwords, counted in full when they come all at once, the right one included, until the lock ends', async () => {
    await on((client) => addUser(client, { name: 'Lina', role: 'owner', password: PASSWORD }))
    const now = new Date('2026-12-08T10:00:00Z')
    const guesses = await Promise.all(Array.from({ length: FAILURES_BEFORE_LOCKOUT + 3 }, (_unused, index) => refusal(on((client) => login(client, 'Lina', `guess number ${index}`, now)))))
    expect(guesses.filter((message) => message === 'Wrong user name or password.')).toHaveLength(FAILURES_BEFORE_LOCKOUT)
    expect(guesses.filter((message) => message.startsWith('Too many wrong passwords'))).toHaveLength(3)
    expect(await refusal(on((client) => login(client, 'Lina', PASSWORD, new Date(now.getTime() + 60_000))))).toBe('Too many wrong passwords: this account is locked for 14 more minutes.')
    const after = new Date(now.getTime() + LOCKOUT_MS + 1_000)
    expect((await on((client) => login(client, 'Lina', PASSWORD, after))).user.name).toBe('Lina')
    // The right password starts the count again: four more wrong ones do not lock it.
    for (let guess = 0; guess < FAILURES_BEFORE_LOCKOUT - 1; guess += 1) await refusal(on((client) => login(client, 'Lina', 'wrong again!', after)))
    expect((await on((client) => login(client, 'Lina', PASSWORD, after))).user.name).toBe('Lina')
  })

  it('accepts a change only with its session’s CSRF token', () => {
    expect(csrfMatches('abc123', 'abc123')).toBe(true)
    expect(csrfMatches('abc123', 'abc124')).toBe(false)
    expect(csrfMatches('abc123', 'abc12')).toBe(false)
    expect(csrfMatches('abc123', undefined)).toBe(false)
  })
})
