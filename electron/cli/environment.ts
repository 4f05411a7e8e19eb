import { resolve } from 'node:path'
import type { Core } from '../core'
import type * as CoreModule from '../core'
import type * as ServerModule from '../server'
import type { ImportLimits } from '../core/shared/import/limits'
import type { JournalFileSystem } from '../core/store/journal-file-system'
import type { PasswordSource } from './password-input'

export interface Output {
  write(text: string): unknown
}

/** Everything the CLI takes from its surroundings, so tests can run it in-process. */
export interface CliEnvironment {
  stdout: Output
  stderr: Output
  /** The data the app ships (`resources/`), for the sample corpus. */
  resourcesDir: string
  /** The built renderer (`out/renderer`), served by `tessera serve`. */
  rendererDir: string
  /** Where `tessera server add-user` reads a password; defaults to process.stdin. */
  stdin?: PasswordSource
  /** For TESSERA_PROJECT and TESSERA_AUTHOR; defaults to process.env. */
  env?: NodeJS.ProcessEnv
  /** Stops `tessera serve`; without it, SIGINT or SIGTERM does. */
  stop?: AbortSignal
  /** For tests: smaller import limits than IMPORT_LIMITS, so a large-file case needs no large file. */
  importLimits?: ImportLimits
  /** For tests: the file system `tessera serve` appends journals through, so a test can make the disk fail. */
  journalFileSystem?: JournalFileSystem
}

/**
 * The core and the browser-mode server, loaded when a command first needs them: `tessera --help` and a
 * command's usage errors start without them (and without zod and the contract they build at load).
 */
export const loadCore = (): Promise<typeof CoreModule> => import('../core')
export const loadServer = (): Promise<typeof ServerModule> => import('../server')

/** A failure of the command line itself (exit code 2), as opposed to a failure of the work (exit code 1). */
export class UsageError extends Error {
  override name = 'UsageError'
}

export interface OpenProjectOptions {
  readOnly?: boolean
  seedSample?: boolean
}

export async function openProject(environment: CliEnvironment, projectDir: string, options: OpenProjectOptions = {}): Promise<Core> {
  const { createCore, defaultAuthor } = await loadCore()
  return createCore({
    projectDir: resolve(projectDir),
    resourcesDir: environment.resourcesDir,
    author: defaultAuthor(environment.env),
    readOnly: options.readOnly ?? false,
    seedSample: options.seedSample ?? false
  })
}

/** Opens the project, runs `use`, and always closes it (releasing the writer's lock). */
export async function withProject<T>(
  environment: CliEnvironment,
  projectDir: string,
  options: OpenProjectOptions,
  use: (core: Core) => Promise<T>
): Promise<T> {
  const core = await openProject(environment, projectDir, options)
  try {
    return await use(core)
  } finally {
    core.close()
  }
}
