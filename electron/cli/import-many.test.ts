import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Result } from '../core'
import { FILES_PER_IMPORT_CALL } from '../core/shared/import/batches'
import { tessera } from './testing/run-cli'
import { useWarmImportWorkers } from '../core/import/worker/testing'

let dir: string
let project: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-cli-import-many-'))
  project = join(dir, 'project')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

useWarmImportWorkers()

const article = (n: number) => `Dispatch ${n} from Hama\nReporters counted ${n * 7 + 3} trucks on the road south of the city on day ${n}.\n`

describe('tessera import of a folder of many files', () => {
  it('reports every file in order across its calls: a copy in the next call skipped, an empty file failed, the rest imported and listed', async () => {
    const corpus = join(dir, 'wire')
    await mkdir(corpus)
    const count = FILES_PER_IMPORT_CALL + 6
    const name = (i: number) => `f${String(i).padStart(3, '0')}.txt`
    for (let i = 0; i < count; i += 1) await writeFile(join(corpus, name(i)), article(i))
    // A copy of the first file in the second call, and an empty file in the first.
    await writeFile(join(corpus, name(FILES_PER_IMPORT_CALL + 2)), article(0))
    await writeFile(join(corpus, name(5)), '')
    const run = await tessera('import', '--project', project, corpus)
    const lines = run.stdout.trimEnd().split('\n')
    const imported = Array.from({ length: count }, (_, i) => i).filter((i) => i !== 5 && i !== FILES_PER_IMPORT_CALL + 2)
    expect(lines).toEqual([
      ...imported.map((i) => `Imported ${join(corpus, name(i))}: Dispatch ${i} from Hama`),
      `Skipped ${join(corpus, name(FILES_PER_IMPORT_CALL + 2))}: the same text as "Dispatch 0 from Hama" (import it anyway with --allow-duplicates)`,
      `Failed ${join(corpus, name(5))}: is empty.`,
      `Imported ${imported.length}, skipped 1 (duplicates), failed 1.`
    ])
    const listed = JSON.parse((await tessera('list', '--project', project, '--json')).stdout) as Result<'documents.list'>
    expect(listed.map((d) => d.title)).toEqual(imported.map((i) => `Dispatch ${i} from Hama`))
  })
})
