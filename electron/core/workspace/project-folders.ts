import { access, readdir, readFile, realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { PROJECT_FILE } from '../store/project-store'
import { sameFolder } from '../shared/workspace/recent'
import type { ListedProject } from '../shared/workspace/types'
import { trimRuns } from '../shared/text/trim-runs'

export async function holdsProject(dir: string): Promise<boolean> {
  return access(join(dir, PROJECT_FILE)).then(
    () => true,
    () => false
  )
}

/** The project's name as its project.json says, without opening it (no lock); null when unreadable. */
export async function peekProjectName(dir: string): Promise<string | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(dir, PROJECT_FILE), 'utf8'))
    const name = (parsed as { name?: unknown } | null)?.name
    return typeof name === 'string' ? name : null
  } catch {
    return null
  }
}

/** The projects directly inside `projectsDir`, by name. */
export async function listProjectsIn(projectsDir: string): Promise<ListedProject[]> {
  const entries = await readdir(projectsDir, { withFileTypes: true }).catch(() => [])
  const found: ListedProject[] = []
  for (const entry of entries) {
    if (!entry.isDirectory()) continue
    const dir = join(projectsDir, entry.name)
    const name = await peekProjectName(dir)
    if (name !== null) found.push({ dir, name })
  }
  return found.sort((a, b) => a.name.localeCompare(b.name))
}

/** A folder for a new project named `name` under `projectsDir`: its name made safe, numbered if taken. */
export async function freeFolderFor(projectsDir: string, name: string): Promise<string> {
  const base =
    trimRuns(name.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-'), /-/)
      .slice(0, 60)
      .toLowerCase() || 'project'
  for (let n = 1; ; n += 1) {
    const dir = join(projectsDir, n === 1 ? base : `${base}-${n}`)
    const taken = await access(dir).then(
      () => true,
      () => false
    )
    if (!taken) return dir
  }
}

/** True when `a` and `b` are the same folder, also when one is reached through a symbolic link. */
export async function isSameFolderOnDisk(a: string, b: string): Promise<boolean> {
  if (sameFolder(a, b)) return true
  const [realA, realB] = await Promise.all([realpath(a).catch(() => null), realpath(b).catch(() => null)])
  return realA !== null && realA === realB
}
