import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

const TEST_ROOTS = ['electron', 'packaging', 'renderer/src', 'scripts']
/**
 * What a file must not share with the files after it: a replaced module (vi.mock), or a build of the app
 * (Vite sets process.env.NODE_ENV to production, and React rendered by a later file then mixes its
 * development and production builds).
 */
const NEEDS_ISOLATION = /\bvi\.(?:mock|doMock|unmock)\(|\bvi\.stubEnv\(|process\.env\.NODE_ENV|from '(?:vite|\.\/bundle-graph)'/u

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path)
    return entry.name.endsWith('.test.ts') ? [path] : []
  })
}

/**
 * Files that need it (below) get a process each; the rest share one module graph per worker, which saves
 * importing the core again for each of 250 files (half the unit run on two cores). Found by reading the
 * files, so a new test with vi.mock is isolated without anyone listing it.
 */
const isolated = TEST_ROOTS.flatMap(testFiles).filter((file) => NEEDS_ISOLATION.test(readFileSync(file, 'utf8')))

/** The longest timeout a file gives a test or hook (`}, 240_000)`): how long its author expected it to run. */
function declaredTimeout(file: string): number {
  const timeouts = [...readFileSync(file, 'utf8').matchAll(/\b(\d{2,3})_000\)/gu)].map((match) => Number(match[1]))
  return Math.max(0, ...timeouts)
}

/**
 * Without durations from an earlier run (CI installs afresh), Vitest starts the largest files first, and a
 * small file with one long test (the 25-kill test, 43 s) started last while the other worker sat idle.
 * Files that declare long timeouts go first instead; with durations known, Vitest's own order stands.
 */
class LongTestsFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files)
    const known = ordered.some((spec) =>
      this.ctx.cache.getFileTestResults(`${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`)
    )
    if (known) return ordered
    const projectRank = new Map<string, number>()
    ordered.forEach((spec, index) => projectRank.set(spec.project.name, projectRank.get(spec.project.name) ?? index))
    const timeout = new Map(ordered.map((spec) => [spec, declaredTimeout(spec.moduleId)]))
    return ordered
      .map((spec, index) => ({ spec, index }))
      .sort(
        (a, b) =>
          (projectRank.get(a.spec.project.name) ?? 0) - (projectRank.get(b.spec.project.name) ?? 0) ||
          (timeout.get(b.spec) ?? 0) - (timeout.get(a.spec) ?? 0) ||
          a.index - b.index
      )
      .map(({ spec }) => spec)
  }
}

export default defineConfig({
  resolve: { alias: { '@core': resolve('electron/core') } },
  test: {
    environment: 'node',
    // Vitest's default leaves one core idle, so a two-core machine ran the files one at a time (9 min; 6 with two).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
    // Several files set up a project through the CLI (a process start, an import) before each test: under load that took past Vitest's 10 s default.
    hookTimeout: 20_000,
    sequence: { sequencer: LongTestsFirstSequencer },
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: TEST_ROOTS.map((root) => `${root}/**/*.test.ts`), exclude: ['**/node_modules/**', ...isolated], isolate: false }
      },
      { extends: true, test: { name: 'isolated', include: isolated, isolate: true } }
    ]
  }
})
