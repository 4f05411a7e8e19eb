import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cyclesOf, importGraph } from './check-import-cycles.js'

const made: string[] = []
afterEach(async () => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))))

async function sources(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tessera-cycles-'))
  made.push(root)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  return root
}

describe('the import-cycle check', () => {
  it('finds two areas that import each other, type-only and through the @core alias included', async () => {
    const root = await sources({
      'electron/core/history/actions.ts': "import { applyEntityStep } from '../entities/action'\nexport const a = 1\n",
      'electron/core/entities/action.ts': "import type { Step } from '@core/history/actions'\nexport const b = 2\n",
      'electron/core/tags/commands.ts': "import { a } from '../history/actions'\n// import { c } from './nowhere'\n"
    })
    const cycles = cyclesOf(importGraph(root)).map((cycle: string[]) => cycle.map((file) => relative(root, file)).sort())
    expect(cycles).toEqual([['electron/core/entities/action.ts', 'electron/core/history/actions.ts']])
  })

  it('finds none in Tessera’s sources', () => {
    expect(cyclesOf(importGraph())).toEqual([])
  })
})
