import { trimRunsEnd } from '../text/trim-runs'
/** One project the user opened, as the start screen lists it. */
export interface RecentProject {
  dir: string
  name: string
  /** When it was last opened (ISO time). */
  openedAt: string
}

/** How many projects the start screen remembers; older ones drop off the end. */
export const RECENT_LIMIT = 12

/** The list with `entry` first (replacing any earlier entry for the same folder), at most `limit` long. */
export function withRecent(list: readonly RecentProject[], entry: RecentProject, limit = RECENT_LIMIT): RecentProject[] {
  return [entry, ...list.filter((item) => !sameFolder(item.dir, entry.dir))].slice(0, limit)
}

export function withoutRecent(list: readonly RecentProject[], dir: string): RecentProject[] {
  return list.filter((item) => !sameFolder(item.dir, dir))
}

/** Folder paths compare as written, except that a trailing separator does not count. */
export function sameFolder(a: string, b: string): boolean {
  return trimSeparator(a) === trimSeparator(b)
}

function trimSeparator(path: string): string {
  return path.length > 1 ? trimRunsEnd(path, /[\\/]/) : path
}
