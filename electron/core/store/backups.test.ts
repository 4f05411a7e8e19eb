import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupTestProject, useCores } from '../testing/backup-fixture'
import { useTempDirs } from '../testing/helpers'
import { KEEP_RECENT } from './backups'
import { ProjectStore } from './project-store'

const tempDir = useTempDirs()
const { openCore, closeAll } = useCores()
const project = async (): Promise<string> => backupTestProject(await tempDir())

describe('damaged document files at start', () => {
  const damages: [string, string | Uint8Array, RegExp][] = [
    ['empty', '', /is empty/],
    ['truncated', '{"schemaVersion": 2, "id": "b", "title": "Be', /is not valid JSON/],
    ['NUL-filled', new Uint8Array(512), /is not valid JSON/],
    ['not JSON', 'Beta article, as plain text', /is not valid JSON/],
    ['JSON of the wrong shape', '{"schemaVersion": 2, "id": "b", "annotations": "none"}', /does not hold what Tessera expects at/]
  ]
  for (const [kind, content, reason] of damages) {
    it(`moves a ${kind} document to quarantine/ with a note, names it, offers the newest good backup, and restores it`, async () => {
      const dir = await project()
      const first = await openCore(dir)
      // Its open takes, in the background, the snapshot that still has b intact.
      expect(await first.call('backups.list', {})).toHaveLength(1)
      closeAll()
      const path = join(dir, 'documents', 'b.json')
      await writeFile(path, content)
      const core = await openCore(dir)
      const [backupAtFirstOpen] = (await core.call('backups.list', {})).slice(-1)
      const list = await core.call('documents.list', {})
      expect(list[0]).toMatchObject({ id: 'a', annotationCount: 1 })
      expect(list[1]?.problem).toMatch(reason)
      expect(list[1]?.problem).toContain(path)
      expect(list[1]?.problem).toContain(`The newest backup that has it is ${backupAtFirstOpen?.name ?? '?'}`)
      const [quarantined] = await core.call('quarantine.list', {})
      expect(quarantined?.originalName).toBe('b.json')
      expect(await readFile(quarantined?.path ?? '')).toEqual(Buffer.from(content))
      expect(await readFile(`${quarantined?.path ?? ''}.note.txt`, 'utf8')).toMatch(reason)
      // Listed again later, the message still says what happened.
      expect((await core.call('documents.list', {}))[1]?.problem).toMatch(/was damaged .* and moved to/)
      expect(await core.call('backups.restoreDocument', { documentId: 'b' })).toEqual({ restored: backupAtFirstOpen?.name })
      expect((await core.call('documents.get', { documentId: 'b' })).title).toBe('Beta article')
    })
  }

  it('refuses a document of a newer schema by name and version, without quarantining it', async () => {
    const dir = await project()
    const path = join(dir, 'documents', 'b.json')
    const newer = JSON.stringify({ ...(JSON.parse(await readFile(path, 'utf8')) as object), schemaVersion: 7 })
    await writeFile(path, newer)
    const core = await openCore(dir)
    const [, listed] = await core.call('documents.list', {})
    expect(listed?.problem).toBe(`${path} was written by a newer Tessera (document schema 7; this version knows up to 2). Open the project with that newer version; the file was not changed.`)
    expect(await core.call('quarantine.list', {})).toEqual([])
    expect(await readFile(path, 'utf8')).toBe(newer)
  })
})

describe('backups', () => {
  it(`keeps the newest ${KEEP_RECENT} snapshots and one per day`, async () => {
    const dir = await project()
    const store = await ProjectStore.open(dir)
    try {
      for (let i = 0; i < KEEP_RECENT + 5; i += 1) await store.backups.snapshot('auto')
      const kept = await store.backups.list()
      expect(kept).toHaveLength(KEEP_RECENT)
    } finally {
      store.close()
    }
  })

  it('takes snapshots asked for at the same moment one after another, each complete under its own name', async () => {
    const dir = await project()
    const store = await ProjectStore.open(dir)
    try {
      const taken = await Promise.all(Array.from({ length: 6 }, () => store.backups.snapshot('manual')))
      expect(new Set(taken.map((backup) => backup.name)).size).toBe(6)
      const listed = await store.backups.list()
      expect(listed.map((backup) => backup.name).sort()).toEqual(taken.map((backup) => backup.name).sort())
      for (const backup of listed) expect(backup.documentCount).toBe(store.info.documentIds.length)
    } finally {
      store.close()
    }
  })
})
