import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Result } from '../core'
import { ONE_ERROR_LINE, tessera } from './testing/run-cli'

let dir: string
let project: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-remove-'))
  project = join(dir, 'project')
  const files = ['Shelling reported near Hama\nText.', 'Army sends reinforcements\nText.', 'قصف قرب حماة\nنص.']
  const paths = await Promise.all(files.map(async (text, i) => {
    const path = join(dir, `${i}.txt`)
    await writeFile(path, text)
    return path
  }))
  expect((await tessera('import', '--project', project, ...paths)).code).toBe(0)
  // The import's first call starts its worker threads: slow on a busy machine.
}, 60_000)

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function listed(): Promise<Result<'documents.list'>> {
  return JSON.parse((await tessera('list', '--project', project, '--json')).stdout) as Result<'documents.list'>
}

describe('tessera remove', () => {
  it('deletes the documents named by the ids `list` prints, with their files, and says what went', async () => {
    const table = (await tessera('list', '--project', project)).stdout.trimEnd().split('\n').slice(1)
    const ids = table.map((row) => row.split('\t')[0] ?? '')
    const [first, , arabic] = ids as [string, string, string]
    const run = await tessera('remove', '--project', project, first, arabic)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toBe(`Deleted 2 documents with 0 annotations and 0 relations: ${first} ${arabic}\n`)
    expect((await listed()).map((d) => d.title)).toEqual(['Army sends reinforcements'])
    expect((await readdir(join(project, 'documents'))).filter((f) => f.startsWith(first) || f.startsWith(arabic))).toEqual([])
  })

  it('prints JSON with --json', async () => {
    const [one] = (await listed()).map((d) => d.id)
    const run = await tessera('remove', '--project', project, '--json', one ?? '')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({ documentIds: [one], annotations: 0, relations: 0, entityMentions: 0 })
  })

  it('deletes nothing when any id is unknown, naming it in one line', async () => {
    const before = await readFile(join(project, 'project.json'), 'utf8')
    const [one] = (await listed()).map((d) => d.id)
    const run = await tessera('remove', '--project', project, one ?? '', 'no-such-document')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(ONE_ERROR_LINE)
    expect(run.stderr).toBe('tessera: No document with id no-such-document in this project; nothing was deleted.\n')
    expect(await readFile(join(project, 'project.json'), 'utf8')).toBe(before)
    expect(await listed()).toHaveLength(3)
  })

  it('refuses a folder that holds no project instead of making one', async () => {
    const empty = join(dir, 'empty')
    const run = await tessera('remove', '--project', empty, 'x')
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(`tessera: ${empty} holds no Tessera project (no project.json).\n`)
    await expect(readdir(empty)).rejects.toThrow()
  })
})
