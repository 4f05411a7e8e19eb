import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The name electron-vite gives the worker's bundle in out/main (see electron.vite.config.ts). */
export const WORKER_BUNDLE = 'import-worker.js'

/**
 * The shipped worker module. Built, this code sits in out/main (or a chunk in out/main/chunks) beside
 * `import-worker.js`, which the Electron app, `tessera serve` and the CLI all share. Run from the
 * TypeScript sources (vitest, tsx scripts), the worker is the source entry, loaded through tsx.
 */
export function shippedWorkerEntry(): URL {
  const here = import.meta.url
  // The names are variables so that the bundler leaves these URLs alone (it rewrites `new URL('literal', import.meta.url)`).
  const sourceEntry = './entry.ts'
  if (here.endsWith('.ts')) return new URL(sourceEntry, here)
  const candidates = [`./${WORKER_BUNDLE}`, `../${WORKER_BUNDLE}`].map((path) => new URL(path, here))
  const found = candidates.find((url) => existsSync(fileURLToPath(url)))
  if (!found) throw new Error(`The import worker (${WORKER_BUNDLE}) is missing beside ${fileURLToPath(here)}: rebuild the app (npm run build).`)
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
