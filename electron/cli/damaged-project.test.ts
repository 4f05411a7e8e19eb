import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { documentFromText } from '../core/documents/from-text'
import { ProjectStore } from '../core/store/project-store'
import { ONE_ERROR_LINE, startCli, tessera } from './testing/run-cli'

/**
 * Issue 17 item 1: a project whose project.json does not read (over a limit, not JSON) is never a dead
 * end: info, list and serve name the problem and the command that brings it back, and that command works.
 */
let dir: string
let project: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-cli-damaged-'))
  project = join(dir, 'project')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function projectWithDocuments(ids: string[]): Promise<void> {
  const store = await ProjectStore.open(project, { nameForNew: 'Hama week' })
  await store.addDocuments(ids.map((id) => documentFromText(`${id}.txt`, `Article ${id}\nBody.`, {}, id)))
  store.close()
}

/** project.json as the old import wrote it: a tag with 40 attributes, which the schema (at most 30) refuses on read. */
async function breakWithFortyAttributes(): Promise<void> {
  const file = JSON.parse(await readFile(join(project, 'project.json'), 'utf8')) as { tags: unknown[] }
  const attributes = Array.from({ length: 40 }, (_, i) => ({ id: `attr_${i}`, label: `Attr${i}`, type: 'flag' }))
  file.tags.push({ id: 'person', label: 'Person', color: '#64748b', key: null, attributes })
  await writeFile(join(project, 'project.json'), JSON.stringify(file))
}

async function serve(): Promise<{ code: number; stderr: string }> {
  const rendererDir = join(dir, 'renderer')
  await rm(rendererDir, { recursive: true, force: true })
  await import('node:fs/promises').then(({ mkdir }) => mkdir(rendererDir))
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>')
  return startCli(['serve', '--project', project, '--port', '0'], { rendererDir, stop: AbortSignal.abort() }).done
}

describe('a project whose project.json does not read', () => {
  it('over a limit, with no backup: info and list say what is wrong and to run restore --rebuild, which gives the project back', async () => {
    await projectWithDocuments(['a', 'b'])
    await breakWithFortyAttributes()
    for (const command of ['info', 'list']) {
      const run = await tessera(command, '--project', project)
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(ONE_ERROR_LINE)
      expect(run.stderr).toContain('project.json does not hold what Tessera expects at tags.4.attributes: the tag "Person" has 40 attributes, over the limit of 30')
      expect(run.stderr).toContain(`No backup holds a readable project.json: rebuild it from the documents with tessera restore --project ${project} --rebuild`)
    }
    // The readers left the file where it was; the writer (serve) moves it aside, and says so.
    const served = await serve()
    expect(served.code).toBe(1)
    expect(served.stderr).toMatch(/project\.json .* It was moved to .*quarantine.*project\.json, with a note of why\./)
    expect((await readdir(project)).includes('project.json')).toBe(false)
    // Still named, not "no project here", on the next try.
    expect((await tessera('info', '--project', project)).stderr).toMatch(/its project\.json was damaged .* moved to .*quarantine/)

    const rebuilt = await tessera('restore', '--project', project, '--rebuild')
    expect(rebuilt.stderr).toBe('')
    expect(rebuilt.code).toBe(0)
    expect(rebuilt.stdout).toContain(`Rebuilt project.json of ${project}`)
    expect(rebuilt.stdout).toContain('The tag "Person" kept 30 of its attributes')
    // Broken again (a second "person" tag this time), rebuilt in Arabic: the notes too are in the CLI's language.
    await breakWithFortyAttributes()
    const again = await startCli(['restore', '--project', project, '--rebuild'], { env: { LANG: 'ar_SY.UTF-8' } }).done
    expect(again).toMatchObject({ code: 0, stderr: '' })
    expect(again.stdout).toContain('\nأُسقط وسم ثانٍ معرّفه «\u2068person\u2069».\n')
    const info = JSON.parse((await tessera('info', '--project', project, '--json')).stdout) as { name: string; documentCount: number }
    expect(info).toMatchObject({ name: 'Hama week', documentCount: 2 })
  })

  it('not JSON, with a backup: names the newest backup with a readable project.json; restoring it keeps documents added since', async () => {
    await projectWithDocuments(['a'])
    const store = await ProjectStore.open(project)
    const backup = await store.backups.snapshot('manual')
    await store.addDocuments([documentFromText('late.txt', 'Late article\nBody.', {}, 'late')])
    store.close()
    await writeFile(join(project, 'project.json'), '{"schemaVersion": 2, "name": "Hama w')

    const info = await tessera('info', '--project', project)
    expect(info.code).toBe(1)
    expect(info.stderr).toMatch(ONE_ERROR_LINE)
    expect(info.stderr).toContain('project.json is not valid JSON')
    expect(info.stderr).toContain(`The newest backup with a readable project.json is ${backup.name}: run tessera restore --project ${project} ${backup.name}`)
    expect((await tessera('backups', '--project', project)).stdout).toContain(backup.name)

    const restored = await tessera('restore', '--project', project, backup.name)
    expect(restored.stderr).toBe('')
    expect(restored.stdout).toContain(`Restored project.json of ${project} from the backup ${backup.name}`)
    expect(restored.stdout).toContain('1 document(s) the file did not list')
    const listed = JSON.parse((await tessera('list', '--project', project, '--json')).stdout) as { id: string }[]
    expect(listed.map((d) => d.id)).toEqual(['a', 'late'])
    // The damaged file is kept in quarantine, with its note.
    expect((await readdir(join(project, 'quarantine'))).filter((f) => f.endsWith('project.json'))).toHaveLength(1)
  })

  it('restore --rebuild on a readable project.json changes nothing', async () => {
    await projectWithDocuments(['a'])
    const before = await readFile(join(project, 'project.json'), 'utf8')
    const run = await tessera('restore', '--project', project, '--rebuild')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/is readable: there is nothing to rebuild/)
    expect(await readFile(join(project, 'project.json'), 'utf8')).toBe(before)
  })
})
