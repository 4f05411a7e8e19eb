import { mkdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../store/atomic-write'
import { RECENT_LIMIT } from '../shared/workspace/recent'
import { said, verbatim, type Said } from '../shared/i18n/said'

export const SETTINGS_FILE = 'settings.json'

const recentProjectSchema = z.object({
  dir: z.string().min(1).max(4_096),
  name: z.string().max(200),
  openedAt: z.string().max(64)
})

export const settingsSchema = z.object({
  version: z.literal(1),
  /** The annotator's name as they confirmed it; null until they have. */
  author: z.string().trim().min(1).max(200).nullable(),
  recentProjects: z.array(recentProjectSchema).max(RECENT_LIMIT * 4),
  /** The project open when the app last closed, reopened on the next start. */
  lastProjectDir: z.string().min(1).max(4_096).nullable()
})

export type Settings = z.infer<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = { version: 1, author: null, recentProjects: [], lastProjectDir: null }

export interface LoadedSettings {
  settings: Settings
  /** Why the file was not used (damaged, unreadable), for a notice; null when it was read or did not exist. */
  problem: Said | null
}

/** Reads settings.json; a missing file gives the defaults, a damaged one the defaults and a problem to show. */
export async function readSettings(dataDir: string): Promise<LoadedSettings> {
  const path = join(dataDir, SETTINGS_FILE)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: structuredClone(DEFAULT_SETTINGS), problem: null }
    return { settings: structuredClone(DEFAULT_SETTINGS), problem: said('problems.workspace.settingsUnreadable', { path, problem: verbatim(String(error)) }) }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { settings: structuredClone(DEFAULT_SETTINGS), problem: said('problems.workspace.settingsNotJson', { path }) }
  }
  const parsed = settingsSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const problem = issue ? verbatim(issue.message) : said('problems.workspace.settingsUnknownProblem')
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      problem: issue?.path.length
        ? said('problems.workspace.settingsInvalidAt', { path, at: issue.path.join('.'), problem })
        : said('problems.workspace.settingsInvalid', { path, problem })
    }
  }
  return { settings: parsed.data, problem: null }
}

export async function writeSettings(dataDir: string, settings: Settings): Promise<void> {
  const path = join(dataDir, SETTINGS_FILE)
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomic(path, `${JSON.stringify(settingsSchema.parse(settings), null, 2)}\n`)
}
