import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Result } from '../core'
import { ONE_ERROR_LINE, tessera } from './testing/run-cli'

let dir: string
let project: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-cli-'))
  project = join(dir, 'project')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function textFile(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, content)
  return path
}

async function listed(): Promise<Result<'documents.list'>> {
  const run = await tessera('list', '--project', project, '--json')
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as Result<'documents.list'>
}

describe('tessera (in-process)', () => {
  it('lists its commands with --help', async () => {
    const run = await tessera('--help')
    expect(run.code).toBe(0)
    for (const command of ['serve', 'list', 'import', 'export']) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'))
    expect(run.stderr).toBe('')
  })

  it('answers a missing command, an unknown option or a missing --project with one line and exit code 2', async () => {
    for (const argv of [[], ['frobnicate'], ['list', '--verbose', '--project', project], ['list'], ['import', '--project', project]]) {
      const run = await tessera(...argv)
      expect(run.code, argv.join(' ')).toBe(2)
      expect(run.stderr, argv.join(' ')).toMatch(ONE_ERROR_LINE)
    }
  })

  it('prints an error about an argument of 100,000 spaces on one line, at once (the old pattern was quadratic)', async () => {
    const started = performance.now()
    const run = await tessera(`frobnicate${' '.repeat(100_000)}x`)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(ONE_ERROR_LINE)
  })

  it('imports two text files into a new project, then lists them', async () => {
    const first = await textFile('first.txt', 'Shelling reported near Hama\nResidents said the shelling began at dawn.\n')
    const second = await textFile('second.txt', 'Army sends reinforcements\r\nA convoy moved north.')
    const run = await tessera('import', '--project', project, first, second)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      `Imported ${first}: Shelling reported near Hama`,
      `Imported ${second}: Army sends reinforcements`,
      'Imported 2, skipped 0 (duplicates), failed 0.'
    ])
    const table = await tessera('list', '--project', project)
    const [a, b] = (await listed()).map((d) => d.id)
    // The id is what `remove` and `export --documents` take; the status is the list's progress column.
    expect(table.stdout).toBe(
      `id\ttitle\tsource\tdate\tstatus\tannotations\n${a}\tShelling reported near Hama\t\t\tnot started\t0\n${b}\tArmy sends reinforcements\t\t\tnot started\t0\n`
    )
    expect((await listed()).map((d) => d.title)).toEqual(['Shelling reported near Hama', 'Army sends reinforcements'])
  })

  it('imports the good files, reports each bad one by name, exits 1, and leaves no project when nothing was imported', async () => {
    const good = await textFile('good.txt', 'A good article\nText.')
    const bad = await textFile('binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))
    const onlyBad = await tessera('import', '--project', project, bad)
    expect(onlyBad.code).toBe(1)
    expect(onlyBad.stderr).toMatch(ONE_ERROR_LINE)
    expect(onlyBad.stderr).toContain(bad)
    expect(onlyBad.stdout).toContain(`Failed ${bad}: is not a text file`)
    await expect(readFile(join(project, 'project.json'))).rejects.toThrow()

    const mixed = await tessera('import', '--project', project, good, bad, join(dir, 'missing.txt'))
    expect(mixed.code).toBe(1)
    expect(mixed.stdout.trimEnd().split('\n')).toEqual([
      `Imported ${good}: A good article`,
      `Failed ${join(dir, 'missing.txt')}: does not exist.`,
      `Failed ${bad}: is not a text file: it holds NUL bytes (a binary file, or UTF-16 without a byte-order mark).`,
      'Imported 1, skipped 0 (duplicates), failed 2.'
    ])
    expect(mixed.stderr).toBe(`tessera: could not import 2 of 3 file(s); the first: ${join(dir, 'missing.txt')} does not exist.\n`)
    expect(await listed()).toHaveLength(1)
  })

  it('refuses to import into a project another process has open', async () => {
    await mkdir(project)
    const core = await createCore({ projectDir: project, resourcesDir: resolve('resources'), author: 'test' })
    try {
      const run = await tessera('import', '--project', project, await textFile('a.txt', 'Title\nBody'))
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(ONE_ERROR_LINE)
      expect(run.stderr).toContain('already open')
    } finally {
      core.close()
    }
  })
})
