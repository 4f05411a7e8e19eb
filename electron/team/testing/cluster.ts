import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { chown, mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * A throwaway PostgreSQL cluster for tests and `.ci/run`: `initdb` into a new temporary folder, the server on a
 * free port with its socket in that folder (no TCP listener), torn down and removed by `stop`. As root the
 * cluster runs as the `postgres` user (PostgreSQL refuses root); otherwise as the user running the tests.
 * The binaries: TESSERA_PG_BIN, else the newest /usr/lib/postgresql/<version>/bin, else the PATH.
 */
export interface TestCluster {
  /** A connection string for the `tessera` database, e.g. postgres://postgres@localhost:PORT/tessera?host=/tmp/… */
  url: string
  /** Connection string for another new database of the cluster (one per test file keeps tests apart). */
  createDatabase(name: string): Promise<string>
  /** Restarts the server, as an operator or a crash-restart would (`pg_ctl restart -m immediate`). */
  restart(): Promise<void>
  stop(): Promise<void>
}

export function postgresBinaries(): string | null {
  const configured = process.env['TESSERA_PG_BIN']
  if (configured) return configured
  const root = '/usr/lib/postgresql'
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a))
    for (const version of versions) if (existsSync(join(root, version, 'bin', 'initdb'))) return join(root, version, 'bin')
  }
  return null
}

export async function startTestCluster(): Promise<TestCluster> {
  const bin = postgresBinaries()
  if (!bin) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin/initdb; set TESSERA_PG_BIN): apt-get install -y postgresql')
  const asRoot = process.getuid?.() === 0
  const dir = await mkdtemp(join(tmpdir(), 'tessera-pg-'))
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres'])
    const { stdout: group } = await run('id', ['-g', 'postgres'])
    await chown(dir, Number(stdout.trim()), Number(group.trim()))
  }
  const as = (command: string, args: string[]): [string, string[]] => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args])
  const data = join(dir, 'data')
  await run(...as(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']))
  const port = await freePort()
  const options = `-p ${port} -k ${dir} -c listen_addresses='' -c fsync=on -c max_connections=200`
  await run(...as(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']))
  const urlFor = (database: string) => `postgres://postgres@localhost:${port}/${database}?host=${encodeURIComponent(dir)}`
  const psql = (sql: string) => run(...as(join(bin, 'psql'), ['-h', dir, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', sql]))
  await psql('CREATE DATABASE tessera')
  return {
    url: urlFor('tessera'),
    async createDatabase(name) {
      if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a database name: ${name}`)
      await psql(`CREATE DATABASE ${name}`)
      return urlFor(name)
    },
    async restart() {
      await run(...as(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-m', 'immediate', '-w', '-t', '60', 'restart']))
    },
    async stop() {
      await run(...as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])).catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    }
  }
}

/** A TCP port free now on this machine (the cluster's socket file is named after it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
