import { beforeAll, describe, expect, it } from 'vitest'
import { buildInMemory, chunkHolding, entryChunk, loadedWith, type BuiltChunk, type LoadedWith } from './bundle-graph'

/**
 * What each start-up loads, read from the real build's import graph (built in memory with the project's
 * configuration, so it is never a stale out/): a static import of a reader or of the chart code anywhere
 * on a start path puts that package into the start's graph, and these tests name it.
 */

/** The import readers' packages: they load in the import worker, on the first import. */
const READER_PACKAGES = ['@mozilla/readability', 'chardet', 'chrono-node', 'dompurify', 'iconv-lite', 'jsdom', 'mammoth', 'marked', 'parse5', 'tinyld', 'unpdf']
const READER_SOURCES = ['electron/core/import/registry.ts', 'electron/core/import/readers/']
/** Loaded by the worker with the first file that needs them (dynamic `import()` in their readers). */
const LOADED_BY_FORMAT = ['@mozilla/readability', 'dompurify', 'jsdom', 'mammoth', 'unpdf']

function packagesIn(loaded: LoadedWith): string[] {
  const bundled = loaded.modules.flatMap((path) => /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? [])
  return [...new Set([...loaded.packages, ...bundled])].sort()
}

function readersIn(loaded: LoadedWith): string[] {
  const packages = packagesIn(loaded).filter((name) => READER_PACKAGES.includes(name))
  const sources = loaded.modules.filter((path) => READER_SOURCES.some((source) => path.startsWith(source)))
  return [...packages, ...sources]
}

let main: BuiltChunk[]
let renderer: BuiltChunk[]

beforeAll(async () => {
  main = await buildInMemory('main')
  renderer = await buildInMemory('renderer')
}, 180_000)

describe('start-up loads no import reader', () => {
  it('the import worker does load them (so the checks below look at the right names), the heavy ones with the first file of their format', () => {
    const worker = loadedWith(main, entryChunk(main, 'import-worker').fileName)
    expect(worker.modules).toContain('electron/core/import/registry.ts')
    // A plain-text or JSONL import starts the worker without jsdom (about a second of CPU), Readability, DOMPurify, mammoth or PDF.js.
    expect(packagesIn(worker)).toEqual(expect.arrayContaining(READER_PACKAGES.filter((name) => !LOADED_BY_FORMAT.includes(name))))
    expect(packagesIn(worker).filter((name) => LOADED_BY_FORMAT.includes(name))).toEqual([])
    const html = loadedWith(main, chunkHolding(main, 'electron/core/import/readers/html-readability.ts').fileName)
    expect(packagesIn(html)).toEqual(expect.arrayContaining(['@mozilla/readability', 'dompurify', 'jsdom']))
    for (const name of ['mammoth', 'unpdf']) expect(main.some((chunk) => chunk.dynamicImports.includes(name)), `${name} is imported with import()`).toBe(true)
  })

  it('the CLI starts (tessera --help, a usage error) without the readers, the core, zod or the server', () => {
    const cli = loadedWith(main, entryChunk(main, 'cli').fileName)
    expect(readersIn(cli)).toEqual([])
    expect(cli.modules).not.toContain('electron/core/core.ts')
    expect(cli.modules).not.toContain('electron/server/server.ts')
    expect(packagesIn(cli)).not.toContain('zod')
    expect(packagesIn(cli)).not.toContain('sirv')
  })

  it('a CLI command that opens a project (list, info, export, serve) loads the core and the server without the readers', () => {
    for (const dynamicEntry of ['electron/core/index.ts', 'electron/server/index.ts']) {
      const loaded = loadedWith(main, chunkHolding(main, dynamicEntry).fileName)
      expect(loaded.modules).toContain(dynamicEntry)
      expect(readersIn(loaded), dynamicEntry).toEqual([])
    }
  })

  it('the Electron main process starts without the readers', () => {
    const desktop = loadedWith(main, entryChunk(main, 'index').fileName)
    expect(desktop.modules).toContain('electron/core/core.ts')
    expect(readersIn(desktop)).toEqual([])
  })
})

describe("the corpus views' index engine loads on the first view", () => {
  it('its build worker is an entry of the build (views-index-worker.js), holding the build and no import reader', () => {
    const worker = loadedWith(main, entryChunk(main, 'views-index-worker').fileName)
    expect(worker.modules).toContain('electron/core/views/stored/index-build.ts')
    expect(readersIn(worker)).toEqual([])
  })

  it('no chunk imports node-sqlite3-wasm statically (Sql.open requires it when a view first opens the index), and the CLI starts without the index code', () => {
    for (const chunk of main) expect(chunk.imports, chunk.fileName).not.toContain('node-sqlite3-wasm')
    const cli = loadedWith(main, entryChunk(main, 'cli').fileName)
    expect(cli.modules).not.toContain('electron/core/views/stored/sqlite.ts')
  })
})

describe('the window loads the chart code and the guideline renderer on first use', () => {
  it("the window's chunk holds neither recharts, d3, the Figures view, marked nor DOMPurify; their own chunks do", () => {
    const window = loadedWith(renderer, entryChunk(renderer, 'index').fileName)
    expect(window.modules).toContain('renderer/src/workbench/App.tsx')
    const late = packagesIn(window).filter((name) => name === 'recharts' || name.startsWith('d3-') || name === 'marked' || name === 'dompurify')
    expect(late).toEqual([])
    expect(window.modules).not.toContain('renderer/src/views/FiguresView.tsx')
    expect(window.modules).not.toContain('renderer/src/tags/guideline-html.ts')

    const figures = loadedWith(renderer, chunkHolding(renderer, 'renderer/src/views/FiguresView.tsx').fileName)
    expect(packagesIn(figures)).toEqual(expect.arrayContaining(['recharts', 'd3-shape']))
    const guideline = loadedWith(renderer, chunkHolding(renderer, 'renderer/src/tags/guideline-html.ts').fileName)
    expect(packagesIn(guideline)).toEqual(expect.arrayContaining(['marked', 'dompurify']))
  })
})
