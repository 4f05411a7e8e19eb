import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { ONE_ERROR_LINE, startCli } from '../cli/testing/run-cli'
import type { PasswordSource } from '../cli/password-input'
import { login } from './sessions'
import { useMigratedCluster } from './testing/migrated-cluster'
import { addUser } from './users'

const database = useMigratedCluster()

/** Whether the name and password log in (what the account's stored hash is for). */
const logsIn = (name: string, password: string): Promise<boolean> => login(database.client(), name, password).then(() => true, () => false)

/** `tessera server add-user …` with `input` piped to its stdin (not a terminal). */
function addUserCli(input: string, ...args: string[]) {
  const stdin = new PassThrough() as PassThrough & PasswordSource
  stdin.end(input)
  return startCli(['server', 'add-user', ...args, '--database', database.cluster().url], { stdin }).done
}

describe('team server accounts', () => {
  it('stores an argon2id hash, never the password, and checks a password against it', async () => {
    const added = await addUser(database.client(), { name: 'Rania', role: 'curator', password: 'correct horse battery' })
    expect(added).toMatchObject({ name: 'Rania', role: 'curator' })
    const { rows } = await database.client().query<{ password_hash: string; role: string }>('SELECT password_hash, role FROM users WHERE name = $1', ['Rania'])
    expect(rows[0]?.role).toBe('curator')
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(rows[0]?.password_hash).not.toContain('correct horse')
    expect(await logsIn('Rania', 'correct horse battery')).toBe(true)
    expect(await logsIn('Rania', 'correct horse batterY')).toBe(false)
    expect(await logsIn('Nobody', 'correct horse battery')).toBe(false)
  })

  it('refuses a taken name, a control character, an unknown role and a short password, adding nothing', async () => {
    await addUser(database.client(), { name: 'سارة', role: 'annotator', password: 'كلمة مرور طويلة جدا' })
    await expect(addUser(database.client(), { name: 'سارة', role: 'owner', password: 'another long password' })).rejects.toThrow(/already a user named "سارة"/)
    await expect(addUser(database.client(), { name: 'Eve\u001b[31m', role: 'owner', password: 'another long password' })).rejects.toThrow(/no control characters/)
    await expect(addUser(database.client(), { name: 'Eve', role: 'admin' as never, password: 'another long password' })).rejects.toThrow(/no role "admin": the roles are owner, curator, annotator/)
    // Twelve characters are counted as characters: eleven emoji are 22 UTF-16 units and still too short.
    await expect(addUser(database.client(), { name: 'Eve', role: 'owner', password: '🙂'.repeat(11) })).rejects.toThrow(/too short/)
    const { rows } = await database.client().query<{ count: string }>("SELECT count(*) FROM users WHERE name IN ('Eve', 'Eve\u001b[31m')")
    expect(rows[0]?.count).toBe('0')
  })

  it('tessera server add-user reads the password from the first line of stdin and says who it added', async () => {
    const run = await addUserCli('a long enough password\nsecond line is not part of it\n', 'Omar', '--role', 'annotator', '--password-stdin')
    expect(run).toMatchObject({ code: 0, stdout: 'Added Omar (annotator).\n', stderr: '' })
    expect(await logsIn('Omar', 'a long enough password')).toBe(true)
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
    expect(await logsIn('Lina', '')).toBe(false)
  })
})
