import { resolveConfig } from 'electron-vite'
import { build } from 'vite'

/** What the import graph needs of a built chunk. */
export interface BuiltChunk {
  fileName: string
  name: string
  isEntry: boolean
  /** Chunks and external packages this chunk imports statically (loaded before it runs). */
  imports: string[]
  /** Chunks and external packages it imports with import(): loaded only when that code runs. */
  dynamicImports: string[]
  /** The source modules bundled into it (absolute paths). */
  moduleIds: string[]
}

/** What loading a chunk loads with it: itself, every chunk it reaches by static imports, and their externals. */
export interface LoadedWith {
  chunks: string[]
  /** External packages by name (`csv-stringify/sync` → `csv-stringify`); node: built-ins left out. */
  packages: string[]
  /** Bundled source modules, as paths from the repository root or `node_modules/<package>/…`. */
  modules: string[]
}

/**
 * Builds one part of the app (`main`: Electron main, CLI, server, import worker; `renderer`: the window)
 * with the project's own electron-vite configuration, in memory: out/ is left as it is.
 */
export async function buildInMemory(target: 'main' | 'renderer'): Promise<BuiltChunk[]> {
  // The production config sets NODE_ENV for the whole process: a later test rendering React would then load
  // react-dom's production build beside React's development one.
  const nodeEnv = process.env.NODE_ENV
  try {
    const resolved = await resolveConfig({ configFile: 'electron.vite.config.ts', logLevel: 'silent' }, 'build', 'production')
    const config = resolved.config?.[target]
    if (!config) throw new Error(`electron.vite.config.ts has no ${target} build`)
    const result = await build({ ...config, logLevel: 'silent', build: { ...config.build, write: false, watch: null } })
    if (!Array.isArray(result) && !('output' in result)) throw new Error(`the ${target} build started watching instead of building once`)
    return (Array.isArray(result) ? result : [result]).flatMap(({ output }) => output.filter((item) => item.type === 'chunk'))
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
}

export function packageOf(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier)
}

function relativeModule(id: string): string {
  const inPackage = /\/node_modules\/(.+)$/.exec(id)
  if (inPackage) return `node_modules/${inPackage[1] ?? ''}`
  return id.startsWith(process.cwd()) ? id.slice(process.cwd().length + 1) : id
}

/** Everything that loads with `start` (a chunk's file name) before any of its code runs. */
export function loadedWith(chunks: readonly BuiltChunk[], start: string): LoadedWith {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const seen = new Set<string>()
  const packages = new Set<string>()
  const pending = [start]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue
    const chunk = byFile.get(file)
    if (!chunk) {
      if (!file.startsWith('node:')) packages.add(packageOf(file))
      continue
    }
    seen.add(file)
    pending.push(...chunk.imports)
  }
  const modules = [...seen].flatMap((file) => byFile.get(file)?.moduleIds ?? []).map(relativeModule)
  return { chunks: [...seen], packages: [...packages].sort(), modules }
}

/** The entry chunk named `name` (an input of electron.vite.config.ts). */
export function entryChunk(chunks: readonly BuiltChunk[], name: string): BuiltChunk {
  const found = chunks.find((chunk) => chunk.isEntry && chunk.name === name)
  if (!found) throw new Error(`the build has no entry named ${name}`)
  return found
}

/** The chunk that holds the source module `path` (from the repository root). */
export function chunkHolding(chunks: readonly BuiltChunk[], path: string): BuiltChunk {
  const found = chunks.find((chunk) => chunk.moduleIds.some((id) => relativeModule(id) === path))
  if (!found) throw new Error(`no chunk holds ${path}`)
  return found
}
