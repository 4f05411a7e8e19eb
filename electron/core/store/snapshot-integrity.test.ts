import { link, mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { applyAnnotationCommand } from '../annotations/commands'
import { DEFAULT_TAGS } from '../shared/model/project'
import { backupTestProject } from '../testing/backup-fixture'
import { useTempDirs } from '../testing/helpers'
import { BACKUPS_FOLDER, listSnapshots } from './backups'
import { newestBackupWith, newestBackupWithProjectFile } from './project-files'
import { ProjectStore } from './project-store'
import { SnapshotVerdicts } from './snapshot-verdicts'

const tempDir = useTempDirs()
const stores: ProjectStore[] = []
afterEach(() => stores.splice(0).forEach((store) => store.close()))

async function openProject(): Promise<{ dir: string; store: ProjectStore }> {
  const dir = await backupTestProject(await tempDir())
  const store = await ProjectStore.open(dir)
  stores.push(store)
  return { dir, store }
}

const snapshotFile = (dir: string, snapshot: string, file: string): string => join(dir, BACKUPS_FOLDER, snapshot, file)

/** Overwrites the start of a file in place (same inode, same size), as a failing disk or a stray tool would. */
async function damageInPlace(path: string, bytes = 'XXXX'): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    await handle.write(bytes, 0)
  } finally {
    await handle.close()
  }
}

async function annotateB(store: ProjectStore): Promise<void> {
  const environment = { tags: DEFAULT_TAGS, author: 'tester', now: '2024-12-04T10:00:00.000Z' }
  await store.updateDocument('b', (draft) => applyAnnotationCommand(draft, { type: 'create', tag: 'claim', start: 0, end: 4 }, environment))
}

describe('independent snapshots', () => {
  it('damage to one snapshot’s copy of a document reaches no other snapshot and not the live project', async () => {
    const { dir, store } = await openProject()
    const first = await store.backups.snapshot('manual')
    const second = await store.backups.snapshot('manual')
    const live = join(dir, 'documents', 'a.json')
    const inodes = await Promise.all([live, snapshotFile(dir, first.name, 'documents/a.json'), snapshotFile(dir, second.name, 'documents/a.json')].map(async (path) => (await stat(path)).ino))
    expect(new Set(inodes).size).toBe(3)

    expect((await store.backups.list()).map((backup) => backup.verification)).toEqual(['verified', 'verified'])
    const good = await readFile(live)
    const damaged = snapshotFile(dir, first.name, 'documents/a.json')
    await damageInPlace(damaged)
    expect(await readFile(snapshotFile(dir, second.name, 'documents/a.json'))).toEqual(good)
    expect(await readFile(live)).toEqual(good)
    const problem = `${damaged} does not match the checksum its manifest records: the copy is damaged.`
    // The open project lists the verdict it took when writing the snapshot; a restore checks afresh.
    await expect(store.backups.restore(first.name)).rejects.toThrow(problem)

    store.close()
    const reopened = await ProjectStore.open(dir)
    stores.push(reopened)
    const listed = await reopened.backups.list()
    expect(listed.find((backup) => backup.name === second.name)).toMatchObject({ verification: 'verified', problems: [] })
    expect(listed.find((backup) => backup.name === first.name)).toMatchObject({ verification: 'damaged', problems: [problem] })
  })

  it('lists snapshots it has no time left to read as unchecked, with their document count', async () => {
    const { dir, store } = await openProject()
    await store.backups.snapshot('manual')
    expect((await listSnapshots(dir, new SnapshotVerdicts(), 0)).map((backup) => [backup.verification, backup.documentCount])).toEqual([['unchecked', 2]])
    expect((await listSnapshots(dir)).map((backup) => backup.verification)).toEqual(['verified'])
  })

  it('writes each snapshot’s manifest last, with the size and SHA-256 of every file it holds', async () => {
    const { dir, store } = await openProject()
    const { name } = await store.backups.snapshot('manual')
    const manifest = JSON.parse(await readFile(snapshotFile(dir, name, 'manifest.json'), 'utf8')) as { files: Record<string, { size: number }> }
    expect(Object.keys(manifest.files)).toEqual(expect.arrayContaining(['project.json', 'documents/a.json', 'documents/b.json']))
    for (const file of Object.keys(manifest.files)) expect(['project.json', 'documents/a.json', 'documents/a.journal', 'documents/b.json', 'documents/b.journal']).toContain(file)
    expect(manifest.files['documents/a.json']?.size).toBe((await stat(join(dir, 'documents', 'a.json'))).size)
  })
})

describe('restoring a damaged snapshot', () => {
  it('refuses, naming the damaged copy, and leaves the live readable document and everything else as it was', async () => {
    const { dir, store } = await openProject()
    const { name } = await store.backups.snapshot('manual')
    await annotateB(store)
    const damaged = snapshotFile(dir, name, 'documents/b.json')
    await writeFile(damaged, '{"schemaVersion": 2, "id": "b", "title": "Be')
    const before = await store.backups.list()

    const refused = store.backups.restore(name)
    await expect(refused).rejects.toThrow(`The backup ${name} is damaged, so nothing was restored: ${damaged} is`)
    expect((await store.getDocument('b')).annotations).toHaveLength(1)
    expect((await store.backups.list()).map((backup) => backup.name)).toEqual(before.map((backup) => backup.name))
    store.close()
    const reopened = await ProjectStore.open(dir, { readOnly: true })
    stores.push(reopened)
    expect((await reopened.getDocument('b')).annotations).toHaveLength(1)
  })

  const mismatches: [string, (dir: string, name: string) => Promise<void>, (dir: string, name: string) => string][] = [
    ['a byte changed', (dir, name) => damageInPlace(snapshotFile(dir, name, 'documents/b.json'), '['), (dir, name) => `${snapshotFile(dir, name, 'documents/b.json')} does not match the checksum its manifest records`],
    ['a copy cut short', async (dir, name) => writeFile(snapshotFile(dir, name, 'project.json'), '{'), (dir, name) => `${snapshotFile(dir, name, 'project.json')} is 1 bytes, not the`],
    ['a copy removed', (dir, name) => rm(snapshotFile(dir, name, 'documents/a.json')), (dir, name) => `${snapshotFile(dir, name, 'documents/a.json')} is missing (the manifest lists it).`],
    ['the manifest removed', (dir, name) => rm(snapshotFile(dir, name, 'manifest.json')), (dir, name) => `${snapshotFile(dir, name, 'manifest.json')} is missing: the snapshot is incomplete.`],
    ['the manifest cut short', (dir, name) => writeFile(snapshotFile(dir, name, 'manifest.json'), '{"format": 1, "files": {'), (dir, name) => `${snapshotFile(dir, name, 'manifest.json')} is not valid JSON`],
    ['a manifest naming a file outside the snapshot', async (dir, name) => {
      const path = snapshotFile(dir, name, 'manifest.json')
      const manifest = JSON.parse(await readFile(path, 'utf8')) as { files: Record<string, unknown> }
      manifest.files['../../project.json'] = manifest.files['project.json']
      await writeFile(path, JSON.stringify(manifest))
    }, (dir, name) => `${snapshotFile(dir, name, 'manifest.json')} is not a snapshot manifest at files.../../project.json`]
  ]
  for (const [kind, damage, problem] of mismatches) {
    it(`detects ${kind}: listed as damaged, naming the file, and not restored`, async () => {
      const { dir, store } = await openProject()
      const { name } = await store.backups.snapshot('manual')
      await annotateB(store)
      await damage(dir, name)
      // As `tessera backups` or the next open lists it (the open store keeps the verdict it took when writing it).
      const [listed] = await listSnapshots(dir)
      expect(listed?.verification).toBe('damaged')
      expect(listed?.problems.join('\n')).toContain(problem(dir, name))
      await expect(store.backups.restore(name)).rejects.toThrow(problem(dir, name))
      expect((await store.getDocument('b')).annotations).toHaveLength(1)
    })
  }

  it('restores one document from the newest snapshot whose copy verifies, passing over a newer damaged copy', async () => {
    const { dir, store } = await openProject()
    const older = await store.backups.snapshot('manual')
    const newer = await store.backups.snapshot('manual')
    await damageInPlace(snapshotFile(dir, newer.name, 'documents/b.json'), '[')
    expect(await newestBackupWith(dir, 'b')).toBe(older.name)
    expect(await newestBackupWith(dir, 'a')).toBe(newer.name)
    await writeFile(snapshotFile(dir, newer.name, 'project.json'), '{}')
    expect(await newestBackupWithProjectFile(dir)).toBe(older.name)
    expect(await store.backups.restoreDocument('b')).toEqual({ restored: older.name })
  })

  it('keeps the live document when the snapshot lists it but holds no copy (it was damaged when the snapshot was taken)', async () => {
    const { dir, store } = await openProject()
    const { name } = await store.backups.snapshot('manual')
    await annotateB(store)
    const path = snapshotFile(dir, name, 'manifest.json')
    const manifest = JSON.parse(await readFile(path, 'utf8')) as { files: Record<string, unknown> }
    delete manifest.files['documents/b.json']
    delete manifest.files['documents/b.journal']
    await writeFile(path, JSON.stringify(manifest))
    await rm(snapshotFile(dir, name, 'documents/b.json'))
    await rm(snapshotFile(dir, name, 'documents/b.journal'), { force: true })
    await store.backups.restore(name)
    expect((await store.getDocument('b')).annotations).toHaveLength(1)
  })
})

describe('snapshots taken before checksums (hard links, no manifest)', () => {
  /** Two snapshots as the earlier Tessera wrote them: copies, unchanged files hard-linked between them, snapshot.json, no manifest. */
  async function legacySnapshots(dir: string): Promise<[string, string]> {
    const names: [string, string] = ['2024-12-01T10-00-00.000Z-open', '2024-12-02T10-00-00.000Z-auto']
    for (const [index, name] of names.entries()) {
      const folder = join(dir, BACKUPS_FOLDER, name)
      await mkdir(join(folder, 'documents'), { recursive: true })
      for (const file of ['project.json', 'documents/a.json', 'documents/b.json']) {
        const earlier = join(dir, BACKUPS_FOLDER, names[0], file)
        if (index === 0) await writeFile(join(folder, file), await readFile(join(dir, file)))
        else await link(earlier, join(folder, file))
      }
      await writeFile(join(folder, 'snapshot.json'), JSON.stringify({ createdAt: name.slice(0, 24), reason: 'open', documentCount: 2 }))
    }
    return names
  }

  it('lists them as readable (every file parsed) and restores them', async () => {
    const { dir, store } = await openProject()
    const [older, newer] = await legacySnapshots(dir)
    await annotateB(store)
    const listed = await store.backups.list()
    expect(listed.map((backup) => [backup.name, backup.verification, backup.documentCount])).toEqual([
      [newer, 'readable', 2],
      [older, 'readable', 2]
    ])
    await store.backups.restore(older)
    expect((await store.getDocument('b')).annotations).toEqual([])
  })

  it('refuses one holding an unreadable document, naming it, and offers the document from a snapshot with checksums instead', async () => {
    const { dir, store } = await openProject()
    const [older, newer] = await legacySnapshots(dir)
    await annotateB(store)
    const verified = await store.backups.snapshot('manual')
    // The hard link carries the damage into both legacy snapshots: exactly what the copies now prevent.
    await writeFile(snapshotFile(dir, older, 'documents/b.json'), 'Beta article, as plain text')
    const listed = await store.backups.list()
    expect(listed.map((backup) => backup.verification)).toEqual(['verified', 'damaged', 'damaged'])
    expect(listed[1]?.problems).toEqual([expect.stringContaining(`${snapshotFile(dir, newer, 'documents/b.json')} is not valid JSON`)])
    await expect(store.backups.restore(newer)).rejects.toThrow(`${snapshotFile(dir, newer, 'documents/b.json')} is not valid JSON`)
    expect((await store.getDocument('b')).annotations).toHaveLength(1)
    expect(await newestBackupWith(dir, 'b')).toBe(verified.name)
  })
})
