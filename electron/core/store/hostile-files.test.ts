import { execFileSync } from 'node:child_process'
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../core'
import { documentFromText } from '../documents/from-text'
import { RESOURCES_DIR, listFiles, useTempDirs } from '../testing/helpers'
import { MAX_STORE_FILE_BYTES, readRegularFile } from './regular-file'
import { ProjectStore } from './project-store'

const tempDir = useTempDirs()

async function projectWithOneDocument(): Promise<{ root: string; dir: string; docPath: string }> {
  const root = await tempDir()
  const dir = join(root, 'inbox', 'project')
  const store = await ProjectStore.open(dir)
  await store.addDocuments([documentFromText('a.txt', 'Hama\nThe army held the city.', {}, 'doc-1')])
  store.close()
  return { root, dir, docPath: join(dir, 'documents', 'doc-1.json') }
}

async function editProject(dir: string, edit: (project: { documentIds: string[] }) => void): Promise<void> {
  const path = join(dir, 'project.json')
  const project = JSON.parse(await readFile(path, 'utf8')) as { documentIds: string[] }
  edit(project)
  await writeFile(path, JSON.stringify(project))
}

describe('document ids from a colleague\'s project', () => {
  it('refuses an id that points outside the project, naming project.json, and writes nothing outside', async () => {
    const { root, dir, docPath } = await projectWithOneDocument()
    // A document file planted where "../../outside" would lead, as an attacker would.
    const outside = join(dir, 'documents', '../../outside.json')
    const record = JSON.parse(await readFile(docPath, 'utf8')) as Record<string, unknown>
    await writeFile(outside, JSON.stringify({ ...record, id: '../../outside' }))
    const before = await readFile(outside, 'utf8')
    await editProject(dir, (project) => project.documentIds.push('../../outside'))
    const open = createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 't' })
    await expect(open).rejects.toThrow(join(dir, 'project.json'))
    await expect(open).rejects.toThrow(/documentIds\.1/)
    expect(await readFile(outside, 'utf8')).toBe(before)
    // project.json went to the project's quarantine (nothing was written outside the project).
    expect(await listFiles(dirname(dir))).toEqual([
      'outside.json',
      'project/documents/doc-1.json',
      expect.stringMatching(/^project\/quarantine\/.*-project\.json$/),
      expect.stringMatching(/^project\/quarantine\/.*-project\.json\.note\.txt$/)
    ])
    expect((await listFiles(root)).filter((f) => !f.startsWith('inbox/'))).toEqual([])
  })

  it('refuses an unsafe id in every API call before touching a file', async () => {
    const { dir } = await projectWithOneDocument()
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 't' })
    try {
      const answer = await core.dispatch('annotations.create', { documentId: '../../outside', tag: 'claim', start: 0, end: 4 })
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    } finally {
      core.close()
    }
  })

  it('refuses a document file whose own id differs from the listed one, naming the file, and never writes it', async () => {
    const { dir, docPath } = await projectWithOneDocument()
    const record = JSON.parse(await readFile(docPath, 'utf8')) as Record<string, unknown>
    await writeFile(docPath, JSON.stringify({ ...record, id: 'doc-2' }))
    const before = await readFile(docPath, 'utf8')
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 't' })
    try {
      const answer = await core.dispatch('annotations.create', { documentId: 'doc-1', tag: 'claim', start: 0, end: 4 })
      expect(answer).toMatchObject({ ok: false, error: { code: 'unreadable' } })
      const message = answer.ok ? '' : answer.error.message
      expect(message).toContain(docPath)
      expect(message).toContain('holds document "doc-2", not "doc-1"')
      const [summary] = await core.call('documents.list', {})
      expect(summary?.problem).toContain(docPath)
    } finally {
      core.close()
    }
    expect(await readFile(docPath, 'utf8')).toBe(before)
  })
})

describe('special files in place of project files', () => {
  it('lists a project whose document file is a FIFO without hanging, naming the file', async () => {
    const { dir, docPath } = await projectWithOneDocument()
    await rm(docPath)
    execFileSync('mkfifo', [docPath])
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 't', readOnly: true })
    try {
      const [summary] = await core.call('documents.list', {})
      expect(summary?.problem).toBe(`${docPath} is not a regular file (a FIFO): Tessera reads only plain files.`)
    } finally {
      core.close()
    }
  })

  it('refuses a device or a folder as project.json', async () => {
    const { dir } = await projectWithOneDocument()
    const projectFile = join(dir, 'project.json')
    await rm(projectFile)
    await symlink('/dev/zero', projectFile)
    await expect(ProjectStore.open(dir, { readOnly: true })).rejects.toThrow(`${projectFile} is not a regular file (a device)`)
    await rm(projectFile)
    await mkdir(projectFile)
    await expect(ProjectStore.open(dir, { readOnly: true })).rejects.toThrow(`${projectFile} is not a regular file (a folder)`)
  })

  it('follows a symlink to a regular file, and refuses a file over the limit before reading it', async () => {
    const dir = await tempDir()
    const target = join(dir, 'real.txt')
    await writeFile(target, 'Hama 🙂')
    await symlink(target, join(dir, 'link.txt'))
    expect((await readRegularFile(join(dir, 'link.txt'), 100))?.toString()).toBe('Hama 🙂')
    await expect(readRegularFile(target, 4)).rejects.toThrow(/is too large \(0\.00 MB; the limit is 0\.00 MB\)/)
    expect(MAX_STORE_FILE_BYTES).toBe(256 * 1024 * 1024)
  })
})
