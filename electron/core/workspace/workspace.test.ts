import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import type { Events } from '../shared/contract'
import { ApiError } from '../shared/errors'
import { inEnglish } from '../shared/i18n/said'
import { RESOURCES_DIR, readStoredDocument, useTempDirs } from '../testing/helpers'
import { SETTINGS_FILE } from './settings'
import { importTexts } from '../testing/import-texts'
import { useWarmImportWorkers } from '../import/worker/testing'

// Imports run in the shared import worker: started once, before the tests, not inside one's time.
useWarmImportWorkers()

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

async function startApp(dataDir: string, options: { author?: string; authorConfirmed?: boolean } = {}): Promise<Core> {
  const core = await createCore({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    author: options.author ?? 'os-user',
    authorConfirmed: options.authorConfirmed ?? false
  })
  cores.push(core)
  return core
}

async function errorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

const ARTICLE = { fileName: 'hama.txt', content: 'Hama 🙂 report\r\nThe army entered حماة on Wednesday 🇸🇾.' }

describe('the workspace', () => {
  it('starts with no project open and answers project methods with no-project', async () => {
    const core = await startApp(await tempDir())
    const state = await core.call('workspace.state', {})
    expect(state.project).toBeNull()
    expect(core.projectDir).toBeNull()
    for (const call of [core.call('documents.list', {}), core.call('project.stats', {}), core.call('history.undo', {})]) {
      expect((await errorOf(call)).code).toBe('no-project')
    }
    const envelope = await core.dispatch('annotations.create', { documentId: 'x', tag: 'claim', start: 0, end: 1 })
    expect(envelope).toMatchObject({ ok: false, error: { code: 'no-project' } })
  })

  it('creates two projects, keeps their annotations apart, releases the lock and resets history on a switch', async () => {
    const data = await tempDir()
    const core = await startApp(data, { author: 'Zoë 🙂', authorConfirmed: true })
    const changes: Events['workspace.changed'][] = []
    core.on('workspace.changed', (state) => changes.push(state))

    const war = await core.call('workspace.createProject', { name: 'War in Syria 🇸🇾', description: 'Hama offensive' })
    const warDir = war.project?.dir ?? ''
    expect(warDir).toBe(join(data, 'projects', 'war-in-syria'))
    const [warDoc] = await importTexts(core, [ARTICLE])
    const claim = await core.call('annotations.create', { documentId: warDoc?.id ?? '', tag: 'claim', start: 0, end: 4 })
    expect(claim.author).toBe('Zoë 🙂')

    const election = await core.call('workspace.createProject', { name: 'Election', tagsFrom: warDir })
    const electionDir = election.project?.dir ?? ''
    expect(await core.call('documents.list', {})).toEqual([])
    expect((await core.call('history.state', {})).canUndo).toBe(false)
    await expect(core.call('history.undo', {})).resolves.toMatchObject({ done: null })
    expect((await errorOf(core.call('documents.get', { documentId: warDoc?.id ?? '' }))).code).toBe('not-found')

    // The first project's lock is released: another process (here: another core) may open it to write.
    const other = await createCore({ projectDir: warDir, resourcesDir: RESOURCES_DIR, author: 'other' })
    expect((await other.call('documents.get', { documentId: warDoc?.id ?? '' })).annotations.map((a) => a.id)).toEqual([claim.id])
    other.close()

    const reopened = await core.call('workspace.openProject', { dir: warDir })
    expect(reopened.project?.name).toBe('War in Syria 🇸🇾')
    expect(reopened.recentProjects.map((entry) => entry.dir)).toEqual([warDir, electionDir])
    expect((await core.call('documents.list', {})).map((d) => d.annotationCount)).toEqual([1])
    expect(changes.map((state) => state.project?.dir)).toEqual([warDir, electionDir, warDir])
  })

  it('copies the tag schema of another project when asked, else starts with the default four', async () => {
    const core = await startApp(await tempDir())
    const first = await core.call('workspace.createProject', { name: 'First' })
    await core.call('tags.add', { tag: { id: 'weapon', label: 'Weapon', color: '#0891b2', key: null, attributes: [] } })
    await core.call('workspace.createProject', { name: 'Copy', tagsFrom: first.project?.dir })
    expect((await core.call('project.get', {})).tags.map((t) => t.id)).toEqual(['claim', 'actor', 'place', 'figure', 'weapon'])
    await core.call('workspace.createProject', { name: 'Plain' })
    expect((await core.call('project.get', {})).tags.map((t) => t.id)).toEqual(['claim', 'actor', 'place', 'figure'])
  })

  it('refuses to open a folder with no project, or to create one over an existing project, and keeps the open one', async () => {
    const core = await startApp(await tempDir())
    const made = await core.call('workspace.createProject', { name: 'Kept' })
    const empty = await tempDir()
    expect((await errorOf(core.call('workspace.openProject', { dir: empty }))).message).toContain('holds no Tessera project')
    expect((await errorOf(core.call('workspace.createProject', { name: 'Again', folder: made.project?.dir }))).message).toContain('already holds')
    expect((await core.call('workspace.state', {})).project?.name).toBe('Kept')
  })

  it('does not open a project another process holds, and stays on the open one', async () => {
    const core = await startApp(await tempDir())
    await core.call('workspace.createProject', { name: 'Mine' })
    const lockedDir = await tempDir()
    const holder = await createCore({ projectDir: lockedDir, resourcesDir: RESOURCES_DIR, author: 'other' })
    try {
      expect((await errorOf(core.call('workspace.openProject', { dir: lockedDir }))).code).toBe('locked')
      expect((await core.call('workspace.state', {})).project?.name).toBe('Mine')
    } finally {
      holder.close()
    }
  })

  it('reopens the last project on the next start, marks a deleted recent project missing, and forgets it on request', async () => {
    const data = await tempDir()
    const first = await startApp(data)
    const gone = (await first.call('workspace.createProject', { name: 'Gone' })).project?.dir ?? ''
    const last = (await first.call('workspace.createProject', { name: 'Last' })).project?.dir ?? ''
    await first.shutdown()
    await rm(gone, { recursive: true })

    const second = await startApp(data)
    const state = await second.call('workspace.state', {})
    expect(state.project?.dir).toBe(last)
    expect(state.recentProjects.map((entry) => [entry.name, entry.missing])).toEqual([
      ['Last', false],
      ['Gone', true]
    ])
    const after = await second.call('workspace.forgetRecent', { dir: gone })
    expect(after.recentProjects.map((entry) => entry.name)).toEqual(['Last'])
  })

  it('starts with no project and says why when the last project was deleted; a closed project is not reopened', async () => {
    const data = await tempDir()
    const first = await startApp(data)
    const dir = (await first.call('workspace.createProject', { name: 'Deleted' })).project?.dir ?? ''
    await first.shutdown()
    await rm(dir, { recursive: true })
    const second = await startApp(data)
    const state = await second.call('workspace.state', {})
    expect(state.project).toBeNull()
    expect(state.notice && inEnglish(state.notice)).toContain(dir)

    await second.call('workspace.createProject', { name: 'Closed' })
    await second.call('workspace.closeProject', {})
    await second.shutdown()
    expect((await (await startApp(data)).call('workspace.state', {})).project).toBeNull()
  })

  it('starts despite a damaged settings file, says so, and writes a valid one on the next change', async () => {
    const data = await tempDir()
    await writeFile(join(data, SETTINGS_FILE), '{"version":1,"author":')
    const core = await startApp(data)
    const state = await core.call('workspace.state', {})
    expect(state.notice && inEnglish(state.notice)).toContain(SETTINGS_FILE)
    expect(state.authorConfirmed).toBe(false)
    await core.call('settings.setAuthor', { name: '  Amal 🙂 ' })
    expect(JSON.parse(await readFile(join(data, SETTINGS_FILE), 'utf8'))).toMatchObject({ author: 'Amal 🙂' })
  })

  it('asks for the name on first start (prefilled with the OS user), then records it on every new annotation', async () => {
    const data = await tempDir()
    const core = await startApp(data, { author: 'os-user' })
    expect(await core.call('workspace.state', {})).toMatchObject({ author: 'os-user', authorConfirmed: false })
    await core.call('workspace.createProject', { name: 'P' })
    await core.call('settings.setAuthor', { name: 'Amal Haddad' })
    const [doc] = await importTexts(core, [ARTICLE])
    const annotation = await core.call('annotations.create', { documentId: doc?.id ?? '', tag: 'place', start: 0, end: 4 })
    expect(annotation.author).toBe('Amal Haddad')
    await core.shutdown()
    expect(await (await startApp(data)).call('workspace.state', {})).toMatchObject({ author: 'Amal Haddad', authorConfirmed: true })
  })

  it('renames the project: the recent list follows and windows hear of it', async () => {
    const core = await startApp(await tempDir())
    await core.call('workspace.createProject', { name: 'Old' })
    const heard: string[] = []
    core.on('workspace.changed', (state) => heard.push(state.project?.name ?? ''))
    const info = await core.call('project.update', { name: 'New 🙂', description: 'Line\r\nnext' })
    expect(info).toMatchObject({ name: 'New 🙂', description: 'Line\r\nnext' })
    // The creation's own announcement may land after we subscribed; the last word must be the new name.
    await expect.poll(() => heard.at(-1)).toBe('New 🙂')
    expect(heard.every((name) => name === 'Old' || name === 'New 🙂')).toBe(true)
    expect(heard.indexOf('Old')).toBeLessThanOrEqual(0)
    expect((await core.call('workspace.state', {})).recentProjects[0]?.name).toBe('New 🙂')
  })

  it('recreates the sample when it was deleted or changed, keeping a changed copy and touching no other project', async () => {
    const data = await tempDir()
    const core = await startApp(data)
    const other = (await core.call('workspace.createProject', { name: 'Other' })).project?.dir ?? ''
    const otherProjectFile = await readFile(join(other, 'project.json'), 'utf8')

    const sample = await core.call('workspace.openSample', {})
    const sampleDir = sample.project?.dir ?? ''
    const documents = await core.call('documents.list', {})
    expect(documents).toHaveLength(5)
    await core.call('annotations.create', { documentId: documents[0]?.id ?? '', tag: 'claim', start: 0, end: 4 })

    const again = await core.call('workspace.openSample', {})
    expect(again.notice && inEnglish(again.notice)).toContain('sample-changed-')
    expect((await core.call('documents.list', {})).every((d) => d.annotationCount === 0)).toBe(true)
    const kept = (await core.call('workspace.listProjects', {})).filter((p) => p.dir.includes('sample-changed-'))
    expect(kept).toHaveLength(1)

    await core.call('workspace.closeProject', {})
    await rm(sampleDir, { recursive: true })
    expect((await core.call('workspace.openSample', {})).project?.dir).toBe(sampleDir)
    expect(await core.call('documents.list', {})).toHaveLength(5)
    expect(await readFile(join(other, 'project.json'), 'utf8')).toBe(otherProjectFile)
  })

  it('waits for queued writes before a switch, and drops the old project’s late events', async () => {
    const core = await startApp(await tempDir())
    await core.call('workspace.createProject', { name: 'A' })
    const [doc] = await importTexts(core, [{ fileName: 'plain.txt', content: `Title\n\n${'word '.repeat(40)}` }])
    const events: string[] = []
    core.on('document.changed', (payload) => events.push(payload.documentId))
    const writes = Array.from({ length: 20 }, (_, n) => core.call('annotations.create', { documentId: doc?.id ?? '', tag: 'claim', start: n, end: n + 1 }))
    const switched = core.call('workspace.createProject', { name: 'B' })
    await Promise.all([...writes, switched])
    const dirA = (await core.call('workspace.state', {})).recentProjects[1]?.dir ?? ''
    const stored = await readStoredDocument(dirA, doc?.id ?? '')
    expect(stored.annotations).toHaveLength(20)
    expect(events.length).toBeLessThanOrEqual(20)
  })

  it('refuses a call from a window that missed a switch instead of answering it from the newly open project', async () => {
    const core = await startApp(await tempDir(), { authorConfirmed: true })
    const war = await core.call('workspace.createProject', { name: 'War 🇸🇾' })
    const warDir = war.project?.dir ?? ''
    const [warDoc] = await importTexts(core, [ARTICLE])
    const election = await core.call('workspace.createProject', { name: 'Election حماة' })
    const electionDir = election.project?.dir ?? ''
    const [electionDoc] = await importTexts(core, [{ fileName: 'vote.txt', content: 'Vote\nTurnout 🗳 was high.' }])

    // A window still showing the war project lists documents and tags a span it saw there.
    const list = await core.dispatch('documents.list', {}, { project: warDir })
    expect(list).toMatchObject({ ok: false, error: { code: 'project-changed' } })
    if (!list.ok) expect(list.error.message).toContain(electionDir)
    const create = await core.dispatch('annotations.create', { documentId: electionDoc?.id ?? '', tag: 'claim', start: 0, end: 4 }, { project: warDir })
    expect(create).toMatchObject({ ok: false, error: { code: 'project-changed' } })
    expect((await readStoredDocument(electionDir, electionDoc?.id ?? '')).annotations).toHaveLength(0)

    // Workspace methods still answer (the window asks what is open now), and a caller on the open project is served.
    expect(await core.dispatch('workspace.state', {}, { project: warDir })).toMatchObject({ ok: true, result: { project: { dir: electionDir } } })
    expect(await core.dispatch('documents.list', {}, { project: electionDir })).toMatchObject({ ok: true, result: [{ id: electionDoc?.id }] })
    expect(warDoc?.id).toBeDefined()
  })
})
