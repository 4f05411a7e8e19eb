import { createHash } from 'node:crypto'
import type pg from 'pg'
import { said } from '../core/shared/i18n/said'
import { TeamDatabaseError } from './database'
import { MIGRATIONS, type Migration } from './migrations'

/** Taken for the whole run, so two servers started at once against one database migrate it once, one after the other. */
const MIGRATION_LOCK = 7_265_737_261 // "tessera" in the advisory lock space; any constant the app owns would do

export interface MigrationOutcome {
  /** The migrations this run applied, oldest first (none when the schema was current). */
  applied: { version: number; name: string }[]
  /** The schema version now. */
  version: number
}

export function checksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex')
}

/**
 * Creates or upgrades the schema: each pending migration in its own transaction, recorded with its checksum in
 * `tessera_migrations`. Refuses a database whose applied migrations differ from this Tessera's (edited after
 * release) or that is newer than it knows, and changes nothing then. A migration that fails is rolled back whole;
 * those before it stay applied.
 */
export async function migrate(client: pg.ClientBase, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationOutcome> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS tessera_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`)
    const { rows } = await client.query<{ version: number; name: string; checksum: string }>('SELECT version, name, checksum FROM tessera_migrations ORDER BY version')
    const known = new Map(migrations.map((migration) => [migration.version, migration]))
    const newest = migrations.at(-1)?.version ?? 0
    for (const row of rows) {
      const migration = known.get(row.version)
      if (!migration) throw new TeamDatabaseError(said('problems.team.schemaNewer', { version: Math.max(...rows.map((r) => r.version)), known: newest }))
      if (checksum(migration) !== row.checksum) throw new TeamDatabaseError(said('problems.team.migrationChanged', { version: row.version, name: row.name }))
    }
    const done = new Set(rows.map((row) => row.version))
    const applied: MigrationOutcome['applied'] = []
    for (const migration of migrations) {
      if (done.has(migration.version)) continue
      try {
        await client.query('BEGIN')
        await client.query(migration.sql)
        await client.query('INSERT INTO tessera_migrations (version, name, checksum) VALUES ($1, $2, $3)', [migration.version, migration.name, checksum(migration)])
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw new TeamDatabaseError(said('problems.team.migrationFailed', { version: migration.version, name: migration.name, reason: error instanceof Error ? error.message : String(error) }))
      }
      applied.push({ version: migration.version, name: migration.name })
    }
    return { applied, version: Math.max(0, ...done, ...applied.map((a) => a.version)) }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined)
  }
}
