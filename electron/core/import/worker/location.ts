import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The name electron-vite gives the import worker's bundle in out/main (see electron.vite.config.ts). */
export const WORKER_BUNDLE = 'import-worker.js'

/** The import worker's shipped module (see `shippedEntry`). */
export function shippedWorkerEntry(): URL {
  return shippedEntry(WORKER_BUNDLE, './entry.ts', 'The import worker')
}

/**
 * A worker's shipped module. Built, this code sits in out/main (or a chunk in out/main/chunks) beside
 * the worker's bundle, which the Electron app, `tessera serve` and the CLI all share. Run from the
 * TypeScript sources (vitest, tsx scripts), the worker is its source entry (`sourceEntry`, relative to
 * this file), loaded through tsx.
 */
export function shippedEntry(bundle: string, sourceEntry: string, name: string): URL {
  const here = import.meta.url
  // The paths are variables so that the bundler leaves these URLs alone (it rewrites `new URL('literal', import.meta.url)`).
  if (here.endsWith('.ts')) return new URL(sourceEntry, here)
  const candidates = [`./${bundle}`, `../${bundle}`].map((path) => new URL(path, here))
  const found = candidates.find((url) => existsSync(fileURLToPath(url)))
  if (!found) throw new Error(`${name} (${bundle}) is missing beside ${fileURLToPath(here)}: rebuild the app (npm run build).`)
  return found
}

export interface WorkerScript {
  script: string | URL
  /** True when `script` is code to evaluate rather than a module's location. */
  eval: boolean
}

/**
 * How to start a worker on `entry`: a built module directly; a TypeScript one through a small bootstrap
 * that registers tsx (a devDependency, present wherever the sources run) in the worker first.
 */
export function workerScript(entry: URL): WorkerScript {
  if (!entry.pathname.endsWith('.ts')) return { script: entry, eval: false }
  const tsx = import.meta.resolve('tsx/esm/api')
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}) })`
  return { script: bootstrap, eval: true }
}
