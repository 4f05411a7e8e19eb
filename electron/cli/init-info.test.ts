import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type ProjectStats } from '../core'
import { ONE_ERROR_LINE, tessera } from './testing/run-cli'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-cli-init-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('tessera init and info', () => {
  it('creates an empty project with the given name, then refuses to create it again', async () => {
    const project = join(dir, 'elections-2025')
    const created = await tessera('init', project, '--name', 'Elections 2025')
    expect(created).toMatchObject({ code: 0, stderr: '' })
    const file = JSON.parse(await readFile(join(project, 'project.json'), 'utf8')) as { name: string; documentIds: string[] }
    expect(file).toMatchObject({ name: 'Elections 2025', documentIds: [] })

    const again = await tessera('init', project)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(ONE_ERROR_LINE)
    expect(again.stderr).toMatch(/already holds a Tessera project/)
  })

  it('names a project after its folder by default and refuses a folder holding other files', async () => {
    expect((await tessera('init', join(dir, 'hama'))).code).toBe(0)
    expect(JSON.parse(await readFile(join(dir, 'hama', 'project.json'), 'utf8'))).toMatchObject({ name: 'hama' })
    const busy = join(dir, 'thesis')
    await tessera('init', join(busy, 'x'))
    await writeFile(join(busy, 'notes.txt'), 'mine')
    const refused = await tessera('init', busy)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/not empty/)
    expect(await readFile(join(busy, 'notes.txt'), 'utf8')).toBe('mine')
  })

  it('reports documents by status and annotations by tag, every tag listed even at zero', async () => {
    const project = join(dir, 'p')
    await writeFile(join(dir, 'a.txt'), 'Army shells Hama\n\nThe army said 1,300 fighters died.')
    await writeFile(join(dir, 'b.txt'), 'Second article\n\nNothing here yet.')
    expect((await tessera('import', '--project', project, join(dir, 'a.txt'), join(dir, 'b.txt'))).code).toBe(0)
    const core = await createCore({ projectDir: project, resourcesDir: dir, author: 'tester' })
    const [first] = await core.call('documents.list', {})
    if (!first) throw new Error('nothing imported')
    await core.call('annotations.create', { documentId: first.id, tag: 'actor', start: 0, end: 4 })
    await core.call('annotations.create', { documentId: first.id, tag: 'place', start: 12, end: 16 })
    await core.call('annotations.create', { documentId: first.id, tag: 'place', start: 0, end: 16 })
    core.close()

    const json = await tessera('info', '--project', project, '--json')
    expect(json.code).toBe(0)
    const stats = JSON.parse(json.stdout) as ProjectStats
    expect(stats).toMatchObject({
      schemaVersion: 2,
      documentCount: 2,
      annotationCount: 3,
      annotationsByTag: { claim: 0, actor: 1, place: 2, figure: 0 },
      documentsByStatus: { 'not-started': 1, 'in-progress': 1, done: 0 }
    })
    const text = await tessera('info', '--project', project)
    expect(text.stdout).toContain('documents: 2\n  not started: 1\n  in progress: 1\n  done: 0\nannotations: 3\n  claim: 0\n  actor: 1\n  place: 2\n')
  })

  it('prints a hostile project name and description without their terminal escapes', async () => {
    const project = join(dir, 'hostile')
    expect((await tessera('init', project, '--name', 'Hama\u001b]0;pwned\u0007\u001b[2J')).code).toBe(0)
    const run = await tessera('info', '--project', project)
    expect(run.stdout.split('\n')[0]).toBe('Hama')
    expect(run.stdout.includes('\u001b')).toBe(false)
  })

  it('refuses a folder that is not a project', async () => {
    const run = await tessera('info', '--project', join(dir, 'nothing'))
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(ONE_ERROR_LINE)
  })
})
