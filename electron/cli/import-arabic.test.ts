import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useWarmImportWorkers } from '../core/import/worker/testing'
import { ONE_ERROR_LINE, startCli } from './testing/run-cli'

let dir: string
let project: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-cli-import-arabic-'))
  project = join(dir, 'project')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

useWarmImportWorkers()

const run = (lang: string, ...argv: string[]) => startCli(argv, { env: { LANG: lang } }).done

describe('tessera import prints its report in the user’s language', () => {
  it('in Arabic with LANG=ar_SY.UTF-8: each line, the reason a file failed and the closing error, with the paths as typed', async () => {
    const empty = join(dir, 'empty.txt')
    const missing = join(dir, 'gone.txt')
    await writeFile(empty, '')
    await writeFile(join(dir, 'hama.txt'), 'Hama held\n\nThe army said so.')
    const result = await run('ar_SY.UTF-8', 'import', '--project', project, join(dir, 'hama.txt'), empty, missing)
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n')).toEqual([
      `استُورد \u2068${join(dir, 'hama.txt')}\u2069: \u2068Hama held\u2069`,
      `فشل \u2068${missing}\u2069: غير موجود.`,
      `فشل \u2068${empty}\u2069: فارغ.`,
      'استُورد ١، وتُخطّي ٠ (مكرَّرات)، وفشل ٢.',
      ''
    ])
    expect(result.stderr).toMatch(ONE_ERROR_LINE)
    expect(result.stderr).toBe(`tessera: تعذّر استيراد ٢ من ٣ ملفات؛ أولها: ${missing} غير موجود.\n`)
  }, 60_000)

  it('in English with LANG=C, word for word as before', async () => {
    const empty = join(dir, 'empty.txt')
    await writeFile(empty, '')
    const result = await run('C', 'import', '--project', project, empty)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(`Failed ${empty}: is empty.\nImported 0, skipped 0 (duplicates), failed 1.\n`)
    expect(result.stderr).toBe(`tessera: could not import 1 of 1 file(s); the first: ${empty} is empty.\n`)
  }, 60_000)
})
