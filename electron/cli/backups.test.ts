import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ProjectStore } from '../core/store/project-store'
import { backupTestProject, useCores } from '../core/testing/backup-fixture'
import { useTempDirs } from '../core/testing/helpers'
import { tessera } from './testing/run-cli'
import { importTexts } from '../core/testing/import-texts'
import { useWarmImportWorkers } from '../core/import/worker/testing'

// Imports run in the shared import worker: started once, before the tests, not inside one's time.
useWarmImportWorkers()

const tempDir = useTempDirs()
const { openCore, closeAll } = useCores()
const project = async (): Promise<string> => backupTestProject(await tempDir())

describe('tessera backups / tessera restore', () => {
  it('snapshots on open, and restores a snapshot (journal changes included) after backing up the current state', async () => {
    const dir = await project()
    const core = await openCore(dir)
    await core.call('annotations.create', { documentId: 'b', tag: 'claim', start: 0, end: 4 })
    const store = await ProjectStore.open(join(dir), { readOnly: true })
    const expected = await store.listDocuments()
    store.close()
    closeAll()
    const again = await openCore(dir)
    const [snapshot] = await again.call('backups.list', {})
    expect(snapshot).toMatchObject({ reason: 'open', documentCount: 2 })
    await again.call('annotations.delete', { documentId: 'a', annotationId: expected[0]?.annotations[0]?.id ?? '' })
    await importTexts(again, [{ fileName: 'c.txt', content: 'Gamma\nBody' }])
    closeAll()

    const listed = await tessera('backups', '--project', dir)
    expect(listed.stdout.split('\n')[0]).toBe('name\tcreated\treason\tdocuments\tcheck')
    expect(listed.stdout).toContain(`${snapshot?.name ?? '?'}\t${snapshot?.createdAt ?? '?'}\topen\t2\tverified\n`)
    const restored = await tessera('restore', '--project', dir, snapshot?.name ?? '')
    expect(restored.code).toBe(0)
    expect(restored.stdout).toMatch(new RegExp(`^Restored .* from ${snapshot?.name ?? '?'}\\. To undo, run: tessera restore --project .* .*-before-restore\\n$`))
    const check = await ProjectStore.open(dir, { readOnly: true })
    expect(check.info.documentIds).toEqual(['a', 'b'])
    expect(await check.listDocuments()).toEqual(expected)
    check.close()
    expect((await readdir(join(dir, 'documents'))).sort()).toEqual(['a.journal', 'a.json', 'b.journal', 'b.json'])

    // The restore can itself be undone.
    const undo = /tessera restore --project \S+ (\S+)$/.exec(restored.stdout.trim())?.[1] ?? ''
    expect((await tessera('restore', '--project', dir, undo)).code).toBe(0)
    const undone = await ProjectStore.open(dir, { readOnly: true })
    expect(undone.info.documentIds).toHaveLength(3)
    expect((await undone.getDocument('a')).annotations).toEqual([])
    undone.close()
  })

  it('marks a snapshot whose copy is damaged, and refuses to restore it over the readable live document, naming the file', async () => {
    const dir = await project()
    const core = await openCore(dir)
    const { name } = await core.call('backups.create', {})
    await core.call('annotations.create', { documentId: 'b', tag: 'claim', start: 0, end: 4 })
    closeAll()
    const damaged = join(dir, 'backups', name, 'documents', 'b.json')
    await writeFile(damaged, 'Beta article, as plain text')

    const listed = await tessera('backups', '--project', dir)
    expect(listed.stdout).toContain(`\tmanual\t2\tdamaged: ${damaged} is`)
    const restored = await tessera('restore', '--project', dir, name)
    expect(restored.code).toBe(1)
    expect(restored.stderr).toContain(`The backup ${name} is damaged, so nothing was restored: ${damaged} is`)
    const check = await ProjectStore.open(dir, { readOnly: true })
    expect((await check.getDocument('b')).annotations).toHaveLength(1)
    check.close()
  })

  it('refuses an unknown backup name, naming the folder, and changes nothing', async () => {
    const dir = await project()
    const run = await tessera('restore', '--project', dir, '../../etc')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`There is no backup named "../../etc" in ${join(dir, 'backups')}`)
  })

})
