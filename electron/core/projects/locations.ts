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
  return join(envPaths('tessera', { suffix: '' }).data, 'projects', 'default')
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
