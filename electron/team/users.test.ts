import { PassThrough } from 'node:stream'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ONE_ERROR_LINE, startCli } from '../cli/testing/run-cli'
import type { PasswordSource } from '../cli/password-input'
import { migrate } from './migrate'
import { startTestCluster, type TestCluster } from './testing/cluster'
import { addUser, checkPassword } from './users'

let cluster: TestCluster
let url: string
let client: pg.Client
beforeAll(async () => {
  cluster = await startTestCluster()
  url = cluster.url
  client = new pg.Client({ connectionString: url })
  await client.connect()
  await migrate(client)
}, 120_000)
afterAll(async () => {
  await client?.end()
  await cluster?.stop()
})

/** `tessera server add-user …` with `input` piped to its stdin (not a terminal). */
function addUserCli(input: string, ...args: string[]) {
  const stdin = new PassThrough() as PassThrough & PasswordSource
  stdin.end(input)
  return startCli(['server', 'add-user', ...args, '--database', url], { stdin }).done
}

describe('team server accounts', () => {
  it('stores an argon2id hash, never the password, and checks a password against it', async () => {
    const added = await addUser(client, { name: 'Rania', role: 'curator', password: 'correct horse battery' })
    expect(added).toMatchObject({ name: 'Rania', role: 'curator' })
    const { rows } = await client.query<{ password_hash: string; role: string }>('SELECT password_hash, role FROM users WHERE name = $1', ['Rania'])
    expect(rows[0]?.role).toBe('curator')
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(rows[0]?.password_hash).not.toContain('correct horse')
    expect(await checkPassword(client, 'Rania', 'correct horse battery')).toBe(true)
    expect(await checkPassword(client, 'Rania', 'correct horse batterY')).toBe(false)
    expect(await checkPassword(client, 'Nobody', 'correct horse battery')).toBe(false)
  })

  it('refuses a taken name, a control character, an unknown role and a short password, adding nothing', async () => {
    await addUser(client, { name: 'سارة', role: 'annotator', password: 'كلمة مرور طويلة جدا' })
    await expect(addUser(client, { name: 'سارة', role: 'owner', password: 'another long password' })).rejects.toThrow(/already a user named "سارة"/)
    await expect(addUser(client, { name: 'Eve\u001b[31m', role: 'owner', password: 'another long password' })).rejects.toThrow(/no control characters/)
    await expect(addUser(client, { name: 'Eve', role: 'admin' as never, password: 'another long password' })).rejects.toThrow(/no role "admin": the roles are owner, curator, annotator/)
    // Twelve characters are counted as characters: eleven emoji are 22 UTF-16 units and still too short.
    await expect(addUser(client, { name: 'Eve', role: 'owner', password: '🙂'.repeat(11) })).rejects.toThrow(/too short/)
    const { rows } = await client.query<{ count: string }>("SELECT count(*) FROM users WHERE name IN ('Eve', 'Eve\u001b[31m')")
    expect(rows[0]?.count).toBe('0')
  })

  it('tessera server add-user reads the password from the first line of stdin and says who it added', async () => {
    const run = await addUserCli('a long enough password\nsecond line is not part of it\n', 'Omar', '--role', 'annotator', '--password-stdin')
    expect(run).toMatchObject({ code: 0, stdout: 'Added Omar (annotator).\n', stderr: '' })
    expect(await checkPassword(client, 'Omar', 'a long enough password')).toBe(true)
    const again = await addUserCli('a long enough password\n', 'Omar', '--role', 'owner', '--password-stdin')
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(ONE_ERROR_LINE)
    expect(again.stderr).toMatch(/already a user named "Omar"/)
  })

  it('tessera server add-user asks for the password only at a terminal, and adds no one without one', async () => {
    const noTerminal = await addUserCli('a long enough password\n', 'Lina', '--role', 'owner')
    expect(noTerminal.code).toBe(2)
    expect(noTerminal.stderr).toMatch(/pipe it in with --password-stdin/)
    const empty = await addUserCli('', 'Lina', '--role', 'owner', '--password-stdin')
    expect(empty.code).toBe(2)
    expect(empty.stderr).toMatch(/no account was added/)
    expect(await checkPassword(client, 'Lina', '')).toBe(false)
  })
})
