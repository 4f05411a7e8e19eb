import { resolve } from 'node:path'
import { defaultProjectDir } from '../core'

/** The value of `--project DIR` or `--project=DIR` in a command line, if any. */
export function projectArgument(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]
    if (arg === '--project') {
      const value = argv[index + 1]
      return value && !value.startsWith('--') ? value : undefined
    }
    if (arg?.startsWith('--project=')) return arg.slice('--project='.length) || undefined
  }
  return undefined
}

/** The project to open: `--project DIR`, else TESSERA_PROJECT, else the per-user default. */
export function resolveProjectDir(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  return resolve(projectArgument(argv) ?? defaultProjectDir(env))
}
