import { userInfo } from 'node:os'
import { join } from 'node:path'
import envPaths from 'env-paths'

/**
 * Where the default project lives: `TESSERA_PROJECT` if set, else the OS's per-user data folder
 * (~/.local/share/tessera on Linux, ~/Library/Application Support/tessera on macOS, %APPDATA% on Windows).
 */
export function defaultProjectDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.TESSERA_PROJECT?.trim()
  if (fromEnv) return fromEnv
  return join(defaultDataDir(env), 'projects', 'default')
}

/**
 * The per-user data folder: settings.json (annotator, recent projects) and projects/. `TESSERA_DATA` if
 * set (tests, portable installs), else the OS's data folder; shared by the desktop app and browser mode.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.TESSERA_DATA?.trim()
  if (fromEnv) return fromEnv
  return envPaths('tessera', { suffix: '' }).data
}

/** True when TESSERA_AUTHOR names the annotator: then the first-start question is not asked. */
export function authorChosenByEnvironment(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.TESSERA_AUTHOR?.trim())
}

/** The name recorded on every annotation: `TESSERA_AUTHOR`, else the OS user name. */
export function defaultAuthor(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.TESSERA_AUTHOR?.trim()
  if (fromEnv) return fromEnv
  try {
    return userInfo().username || 'analyst'
  } catch {
    return 'analyst'
  }
}
