import type { TagDefinition } from '../model/project'
import type { RecentProject } from './recent'
import type { Said } from '../i18n/said'

export type { RecentProject }

/** A recent project as the start screen shows it: `missing` when its folder no longer holds a project. */
export interface RecentProjectEntry extends RecentProject {
  missing: boolean
}

export interface OpenProjectInfo {
  name: string
  description: string
  dir: string
  tags: TagDefinition[]
  readOnly: boolean
  /** The project's blind mode (layers/blind-mode.ts). */
  blindMode: boolean
}

/** Everything a window needs to know about the workspace: what is open, who is working, what was open before. */
export interface WorkspaceState {
  project: OpenProjectInfo | null
  author: string
  /** False until the user has confirmed their name (first start). */
  authorConfirmed: boolean
  recentProjects: RecentProjectEntry[]
  /** The folder new projects go in by default (`<data folder>/projects`), or null without a data folder. */
  projectsDir: string | null
  /** A problem met at start (damaged settings, a last project that would not open) or what a repair did, for a notice. */
  notice: Said | null
  /** The last project that would not open because its project.json is damaged, with the way back to offer. */
  damagedProject: DamagedProjectInfo | null
}

/** A project whose project.json does not read: what is wrong, and the backup that has a readable one (null: rebuild). */
export interface DamagedProjectInfo {
  dir: string
  /** In English, for logs and scripts. */
  message: string
  /** The same as a message of the catalogue, for the start screen to say in the interface's language. */
  said: Said
  backup: string | null
}

/** A project found in the data folder, for browser mode's Open Project list. */
export interface ListedProject {
  dir: string
  name: string
}
