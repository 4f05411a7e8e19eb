import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createCore, type Core } from '../electron/core/core'
import type { ImportReport } from '../electron/core/shared/import/report'
import { LABEL_WIDTH } from './measure'

/**
 * Runs `importInto` on a new project, fails unless it imported `expected` documents, and prints the time and
 * the rate (`unit` a second); returns the seconds. The project is deleted afterwards.
 */
export async function timedImport(label: string, expected: number, unit: string, importInto: (core: Core) => Promise<ImportReport>): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-bench-import-'))
  try {
    const core = await createCore({ projectDir: join(dir, 'project'), resourcesDir: resolve('resources'), author: 'bench' })
    const start = performance.now()
    const report = await importInto(core)
    const seconds = (performance.now() - start) / 1000
    core.close()
    if (report.imported.length !== expected) throw new Error(`imported ${report.imported.length} of ${expected}: ${JSON.stringify(report.failed.slice(0, 3))}`)
    console.log(`${label.padEnd(LABEL_WIDTH)} ${seconds.toFixed(1).padStart(9)} s, ${Math.round(expected / seconds).toLocaleString('en')} ${unit}/s`)
    return seconds
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
