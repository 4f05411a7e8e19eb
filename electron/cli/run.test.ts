import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Result } from '../core'
import { ONE_ERROR_LINE, tessera } from './test-support'

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
      `Imported ${second}: Army sends reinforcements`
    ])
    const table = await tessera('list', '--project', project)
    expect(table.stdout).toBe('title\tsource\tdate\tannotations\nShelling reported near Hama\t\t\t0\nArmy sends reinforcements\t\t\t0\n')
    expect((await listed()).map((d) => d.title)).toEqual(['Shelling reported near Hama', 'Army sends reinforcements'])
  })

  it('imports nothing when one file is not UTF-8 text, naming that file', async () => {
    const good = await textFile('good.txt', 'A good article\nText.')
    const bad = await textFile('latin1.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x0a, 0xe9, 0xe9]))
    const intoNew = await tessera('import', '--project', project, good, bad)
    expect(intoNew.code).toBe(1)
    expect(intoNew.stderr).toMatch(ONE_ERROR_LINE)
    expect(intoNew.stderr).toContain(bad)
    await expect(readFile(join(project, 'project.json'))).rejects.toThrow()

    expect((await tessera('import', '--project', project, good)).code).toBe(0)
    const missing = await tessera('import', '--project', project, good, join(dir, 'missing.txt'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe(`tessera: cannot read ${join(dir, 'missing.txt')}: no such file\n`)
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
