import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { documentFromText } from '../documents/from-text'
import { ProjectStore } from '../store/project-store'
import { inEnglish, say } from '../shared/i18n/said'
import { createTranslator } from '../shared/i18n/translator'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'

/**
 * Issue 17 item 1, in the app: a project whose project.json does not read is shown on the start screen
 * with the way back (Restore from the newest readable backup, or Rebuild), never a failed start.
 */
const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

async function startApp(dataDir: string): Promise<Core> {
  const core = await createCore({ dataDir, resourcesDir: RESOURCES_DIR, author: 'A', authorConfirmed: true })
  cores.push(core)
  return core
}

async function damagedProject(withBackup: boolean): Promise<{ dir: string; backup: string | null }> {
  const dir = await tempDir()
  const store = await ProjectStore.open(dir, { nameForNew: 'Hama week' })
  await store.addDocuments([documentFromText('a.txt', 'Alpha\nBody.', {}, 'a')])
  const backup = withBackup ? (await store.backups.snapshot('manual')).name : null
  await store.addDocuments([documentFromText('b.txt', 'Beta\nBody.', {}, 'b')])
  store.close()
  const file = JSON.parse(await readFile(join(dir, 'project.json'), 'utf8')) as { tags: { attributes: unknown[] }[] }
  const first = file.tags[0]
  if (first) first.attributes = Array.from({ length: 40 }, (_, i) => ({ id: `attr_${i}`, label: `Attr ${i}`, type: 'text' }))
  await writeFile(join(dir, 'project.json'), JSON.stringify(file))
  return { dir, backup }
}

describe('a damaged project.json in the app', () => {
  it('opening it names the problem and offers Rebuild; recovering opens the project with every document', async () => {
    const { dir } = await damagedProject(false)
    const core = await startApp(await tempDir())
    await expect(core.call('workspace.openProject', { dir })).rejects.toMatchObject({
      code: 'unreadable',
      message: expect.stringMatching(/the tag "Claim" has 40 attributes, over the limit of 30/)
    })
    const state = await core.call('workspace.state', {})
    expect(state.project).toBeNull()
    expect(state.damagedProject).toEqual({ dir, backup: null, message: expect.stringMatching(/moved to .*quarantine/) })
    // Opening it again (its project.json is in quarantine now) offers the same way back, not "no project here".
    await expect(core.call('workspace.openProject', { dir })).rejects.toThrow(/its project\.json was damaged/)

    const recovered = await core.call('workspace.recoverProject', { dir, backup: null })
    expect(recovered.project?.dir).toBe(dir)
    expect(recovered.damagedProject).toBeNull()
    expect(recovered.notice && inEnglish(recovered.notice)).toMatch(/project\.json was rebuilt\. .*The tag "Claim" kept 30 of its attributes/)
    expect((await core.call('documents.list', {})).map((d) => d.id)).toEqual(['a', 'b'])
  })

  it('a damaged last project does not stop the start: the start screen shows it with the backup to restore', async () => {
    const { dir, backup } = await damagedProject(true)
    const data = await tempDir()
    // It was the last project open, before the damage.
    await writeFile(join(data, 'settings.json'), JSON.stringify({ version: 1, author: 'A', recentProjects: [], lastProjectDir: dir }))
    const core = await startApp(data)
    const state = await core.call('workspace.state', {})
    expect(state.project).toBeNull()
    expect(state.damagedProject).toMatchObject({ dir, backup })
    expect(state.notice && inEnglish(state.notice)).toMatch(new RegExp(`The newest backup with a readable project\\.json is ${backup ?? ''}`))
    const recovered = await core.call('workspace.recoverProject', { dir, backup })
    expect(recovered.project?.dir).toBe(dir)
    expect(recovered.notice && inEnglish(recovered.notice)).toMatch(/restored from the backup .*1 document\(s\) added since the backup are listed again/)
    expect((await core.call('documents.list', {})).map((d) => d.id)).toEqual(['a', 'b'])
  })

  it('says the repair in the Arabic interface: rebuilt or restored, each note, the backup and the tag isolated', async () => {
    const arabic = createTranslator('ar')
    const rebuilt = await damagedProject(false)
    const core = await startApp(await tempDir())
    const afterRebuild = await core.call('workspace.recoverProject', { dir: rebuilt.dir, backup: null })
    expect(afterRebuild.notice && say(arabic, afterRebuild.notice)).toBe('أُعيد بناء project.json. أبقى الوسم «\u2068Claim\u2069» على ٣٠ من سماته (الصالحة منها، ٣٠ على الأكثر).')
    const restored = await damagedProject(true)
    const afterRestore = await core.call('workspace.recoverProject', { dir: restored.dir, backup: restored.backup })
    expect(afterRestore.notice && say(arabic, afterRestore.notice)).toBe(
      `استُعيد project.json من النسخة الاحتياطية \u2068${restored.backup ?? ''}\u2069. ذُكر في المشروع من جديد مقال واحد مما أُضيف بعد النسخة الاحتياطية.`
    )
  })
})
