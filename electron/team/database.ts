import pg from 'pg'
import { ApiError } from '../core/shared/errors'
import { said, type Said } from '../core/shared/i18n/said'

/**
 * The team server's connection to PostgreSQL: a pool for one connection string (TESSERA_DATABASE or
 * `--database`). Errors name the database without its password, and say what PostgreSQL said.
 */
export class TeamDatabaseError extends ApiError {
  constructor(message: Said) {
    super('unavailable', message)
  }
}

/** The connection string as safe to print: no password. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@')
  }
}

export function openPool(url: string, max = 10): pg.Pool {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new TeamDatabaseError(said('problems.team.notPostgresUrl', { url: withoutPassword(url) }))
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 })
  // An idle connection the server drops (a restart) must not crash the process: the next query reconnects.
  pool.on('error', () => undefined)
  return pool
}

/** Checks the database answers; throws a TeamDatabaseError naming it and PostgreSQL's reason otherwise. */
export async function connect(pool: pg.Pool, url: string): Promise<pg.PoolClient> {
  try {
    return await pool.connect()
  } catch (error) {
    throw new TeamDatabaseError(said('problems.team.cannotConnect', { url: withoutPassword(url), reason: error instanceof Error ? error.message : String(error) }))
  }
}

/** Runs `work` on one connection to `url`, then closes it: what a CLI command needs. */
export async function withDatabase<T>(url: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const pool = openPool(url, 1)
  try {
    const client = await connect(pool, url)
    try {
      return await work(client)
    } finally {
      client.release()
    }
  } finally {
    await pool.end()
  }
}
