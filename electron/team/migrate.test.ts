import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ONE_ERROR_LINE, startCli, tessera } from '../cli/testing/run-cli'
import { freePort, startTestCluster, type TestCluster } from './testing/cluster'
import { migrate } from './migrate'
import { MIGRATIONS, type Migration } from './migrations'

let cluster: TestCluster
let databases = 0
beforeAll(async () => {
  cluster = await startTestCluster()
}, 120_000)
afterAll(async () => {
  await cluster?.stop()
})

/** A new empty database of the cluster and a client on it; the client is closed after `work`. */
async function withDatabase<T>(work: (client: pg.Client, url: string) => Promise<T>): Promise<T> {
  databases += 1
  const url = await cluster.createDatabase(`migrate_${databases}`)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client, url)
  } finally {
    await client.end()
  }
}

async function tables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")
  return rows.map((row) => row.table_name)
}

const broken: Migration = { version: 2, name: 'a migration that fails half-way', sql: 'CREATE TABLE half_made (a integer); SELECT 1 / 0;' }
const fixed: Migration = { version: 2, name: 'the same, fixed', sql: 'CREATE TABLE half_made (a integer);' }

describe('the team database schema', () => {
  it('is created by the first migration and left alone by the next run', async () => {
    await withDatabase(async (client) => {
      expect(await migrate(client)).toEqual({ applied: [{ version: 1, name: MIGRATIONS[0]?.name }], version: 1 })
      expect(await tables(client)).toEqual(['annotations', 'change_log', 'documents', 'entities', 'memberships', 'projects', 'relations', 'sessions', 'tags', 'tessera_migrations', 'users'])
      const { rows } = await client.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE tablename = 'annotations' ORDER BY indexname")
      expect(rows.map((row) => row.indexname)).toEqual(['annotations_entity', 'annotations_layer', 'annotations_pkey', 'annotations_tag'])
      expect(await migrate(client)).toEqual({ applied: [], version: 1 })
    })
  })

  it('is migrated once when several servers start against one database at the same moment', async () => {
    await withDatabase(async (_first, url) => {
      const clients = Array.from({ length: 4 }, () => new pg.Client({ connectionString: url }))
      await Promise.all(clients.map((client) => client.connect()))
      try {
        const outcomes = await Promise.all(clients.map((client) => migrate(client)))
        expect(outcomes.flatMap((outcome) => outcome.applied)).toHaveLength(1)
        expect(outcomes.map((outcome) => outcome.version)).toEqual([1, 1, 1, 1])
      } finally {
        await Promise.all(clients.map((client) => client.end()))
      }
    })
  })

  it('rolls a failing migration back whole, keeps those before it, and applies the fixed one next time', async () => {
    await withDatabase(async (client) => {
      await expect(migrate(client, [...MIGRATIONS, broken])).rejects.toThrow(/Schema migration 2 \(a migration that fails half-way\) failed and was rolled back: division by zero/)
      expect(await tables(client)).not.toContain('half_made')
      expect(await migrate(client)).toEqual({ applied: [], version: 1 })
      expect(await migrate(client, [...MIGRATIONS, fixed])).toEqual({ applied: [{ version: 2, name: 'the same, fixed' }], version: 2 })
      expect(await tables(client)).toContain('half_made')
    })
  })

  it('refuses, changing nothing, a database migrated by another build or by a newer Tessera', async () => {
    await withDatabase(async (client) => {
      await migrate(client, [...MIGRATIONS, fixed])
      await expect(migrate(client, [...MIGRATIONS, { ...fixed, sql: 'CREATE TABLE half_made (a bigint);' }])).rejects.toThrow(/migration 2 \(the same, fixed\) differently/)
      await expect(migrate(client, MIGRATIONS)).rejects.toThrow(/schema version 2, newer than this Tessera knows \(up to 1\)/)
      const { rows } = await client.query<{ version: number }>('SELECT version FROM tessera_migrations ORDER BY version')
      expect(rows.map((row) => row.version)).toEqual([1, 2])
    })
  })
})

describe('tessera server migrate', () => {
  it('creates the schema of the database it is given, in --database or TESSERA_DATABASE, and says where it stands', async () => {
    databases += 1
    const url = await cluster.createDatabase(`migrate_${databases}`)
    const first = await tessera('server', 'migrate', '--database', url)
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(first.stdout).toBe(`Applied schema migration 1: ${MIGRATIONS[0]?.name ?? ''}\nThe database schema is at version 1, the newest this Tessera knows.\n`)
    const again = await startCli(['server', 'migrate'], { env: { TESSERA_DATABASE: url } }).done
    expect(again).toMatchObject({ code: 0, stdout: 'The database schema is at version 1, the newest this Tessera knows.\n' })
  })

  it('says in one line what is wrong with the database it is given, never its password', async () => {
    const none = await tessera('server', 'migrate')
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/No database given: pass --database/)
    const notPostgres = await tessera('server', 'migrate', '--database', 'mysql://root:hunter2@localhost/db')
    expect(notPostgres.code).toBe(1)
    expect(notPostgres.stderr).toMatch(ONE_ERROR_LINE)
    expect(notPostgres.stderr).toMatch(/must be a PostgreSQL connection string/)
    const port = await freePort()
    const unreachable = await tessera('server', 'migrate', '--database', `postgres://analyst:hunter2@127.0.0.1:${port}/tessera`)
    expect(unreachable.code).toBe(1)
    expect(unreachable.stderr).toMatch(ONE_ERROR_LINE)
    expect(unreachable.stderr).toMatch(new RegExp(`Cannot connect to the database postgres://analyst:\\*\\*\\*@127\\.0\\.0\\.1:${port}/tessera: .*ECONNREFUSED`))
    expect(`${notPostgres.stderr}${unreachable.stderr}`).not.toContain('hunter2')
  })
})
