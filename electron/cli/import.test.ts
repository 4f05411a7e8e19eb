import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Result } from '../core'
import { ONE_ERROR_LINE, tessera } from './testing/run-cli'
import { useWarmImportWorkers } from '../core/import/worker/testing'

const FIXTURES = fileURLToPath(new URL('../core/import/fixtures/', import.meta.url))

let dir: string
let project: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-cli-import-'))
  project = join(dir, 'project')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function listed(): Promise<Result<'documents.list'>> {
  return JSON.parse((await tessera('list', '--project', project, '--json')).stdout) as Result<'documents.list'>
}

useWarmImportWorkers()

describe('tessera import', () => {
  it('reads a folder recursively (hidden files skipped), every format, and prints the report', async () => {
    const corpus = join(dir, 'corpus')
    await mkdir(join(corpus, 'web', '.cache'), { recursive: true })
    await copyFile(join(FIXTURES, 'article.html'), join(corpus, 'web', 'article.html'))
    await writeFile(join(corpus, 'web', '.cache', 'ignored.txt'), 'Should not be imported\nBody.')
    await copyFile(join(FIXTURES, 'arabic-windows-1256.txt'), join(corpus, 'arabic.txt'))
    await copyFile(join(FIXTURES, 'doccano.jsonl'), join(corpus, 'doccano.jsonl'))
    const run = await tessera('import', '--project', project, corpus)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      `Imported ${join(corpus, 'arabic.txt')}: الجيش السوري يعزز دفاعاته في ريف حماة`,
      `Imported ${join(corpus, 'doccano.jsonl')}:1: 🙂 Rebels entered Hama on Monday, NationPress said. (3 annotations)`,
      // An annotation format's text is kept as written: the accent stays decomposed, as the file has it.
      `Imported ${join(corpus, 'doccano.jsonl')}:2: 🇸🇾 Cafe\u0301 owners in Idlib (3 annotations)`,
      `Imported ${join(corpus, 'doccano.jsonl')}:3: The army said it held the line. (1 annotations)`,
      `Imported ${join(corpus, 'web', 'article.html')}: Syria: Army Strikes Supported by Russian Forces Against Radical Groups`,
      `Encoding ${join(corpus, 'arabic.txt')}: windows-1256`,
      'New tag org: ORG',
      `Warning ${join(corpus, 'doccano.jsonl')}:2: made 1 Windows line ending (CRLF) LF; every offset was moved with the text, the text is otherwise kept as given.`,
      'Imported 5, skipped 0 (duplicates), failed 0.'
    ])
    const info = JSON.parse(await readFile(join(project, 'project.json'), 'utf8')) as { tags: { id: string; label: string }[] }
    expect(info.tags.map((t) => t.id)).toEqual(['claim', 'actor', 'place', 'figure', 'org'])
    expect(await listed()).toHaveLength(5)
  })

  it('exits 1 when anything failed, 0 when nothing did, and 2 for an encoding it does not know', async () => {
    const bad = join(dir, 'invalid.jsonl')
    await copyFile(join(FIXTURES, 'doccano-invalid.jsonl'), bad)
    const failed = await tessera('import', '--project', project, bad)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(ONE_ERROR_LINE)
    expect(failed.stdout).toContain(`Failed ${bad}: has 2 invalid line(s): line 2: not valid JSON`)
    const skipping = await tessera('import', '--project', project, '--skip-invalid', bad)
    expect(skipping.code).toBe(0)
    expect(skipping.stdout).toContain(`Warning ${bad}: skipped line 2: not valid JSON`)
    expect(skipping.stdout.trimEnd().split('\n').at(-1)).toBe('Imported 2, skipped 0 (duplicates), failed 0.')
    const unknown = await tessera('import', '--project', project, '--encoding', 'koi8-r', bad)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toBe('tessera: --encoding koi8-r is not one Tessera reads; use one of utf-8, utf-16le, utf-16be, windows-1256, iso-8859-6, windows-1252, iso-8859-1.\n')
  })

  it('reads text in the encoding --encoding names, and fails a file that does not read cleanly in it', async () => {
    const arabic = join(dir, 'arabic.txt')
    await copyFile(join(FIXTURES, 'arabic-windows-1256.txt'), arabic)
    const wrong = await tessera('import', '--project', project, '--encoding', 'utf-8', arabic)
    expect(wrong.code).toBe(1)
    expect(wrong.stdout).toContain(`Failed ${arabic}: cannot be read as utf-8`)
    await expect(readFile(join(project, 'project.json'))).rejects.toThrow()
    const right = await tessera('import', '--project', project, '--encoding', 'windows-1256', arabic)
    expect(right.code).toBe(0)
    expect(right.stdout).toContain(`Encoding ${arabic}: windows-1256`)
    expect((await listed())[0]?.title).toBe('الجيش السوري يعزز دفاعاته في ريف حماة')
  })

  it('skips a duplicate unless --allow-duplicates, and says so', async () => {
    const file = join(dir, 'a.txt')
    await writeFile(file, 'Rebels Gain Ground\nThe army regrouped north of Hama.')
    expect((await tessera('import', '--project', project, file)).code).toBe(0)
    const again = await tessera('import', '--project', project, file)
    expect(again.code).toBe(0)
    expect(again.stdout).toBe(`Skipped ${file}: the same text as "Rebels Gain Ground" (import it anyway with --allow-duplicates)\nImported 0, skipped 1 (duplicates), failed 0.\n`)
    const forced = await tessera('import', '--project', project, '--allow-duplicates', file)
    expect(forced.stdout).toContain('Near-duplicate')
    expect(await listed()).toHaveLength(2)
  })

  it('reads the text from the field --text-field names, and reports it', async () => {
    const corpus = join(dir, 'renamed.jsonl')
    await writeFile(corpus, `${JSON.stringify({ body: 'Rebels entered Hama.', headline: 'Hama', spans: [[15, 19, 'place']] })}\n`)
    const refused = await tessera('import', '--project', project, corpus)
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain('several string fields (body, headline): name the text field (--text-field)')
    const run = await tessera('import', '--project', project, '--text-field', 'body', corpus)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Warning ${corpus}: the text was read from the field "body"`)
    expect(run.stdout).toContain(`Imported ${corpus}:1: Rebels entered Hama. (1 annotations)`)
  })

  it('leaves out spans of unknown labels with --no-new-tags, reporting each', async () => {
    const corpus = join(dir, 'doccano.jsonl')
    await copyFile(join(FIXTURES, 'doccano.jsonl'), corpus)
    const run = await tessera('import', '--project', project, '--no-new-tags', corpus)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Warning ${corpus}:1: left out the ORG span 33–44: the project has no tag "ORG"`)
    expect(run.stdout).not.toContain('New tag')
  })
})
