import { join, resolve } from 'node:path'
import { addDocuments } from '../documents/add-documents'
import type { EventName, Events } from '../shared/contract'
import type { ImportWorkers } from '../import/worker/pool'
import { ApiError } from '../shared/errors'
import { said, verbatim, type Said } from '../shared/i18n/said'
import type { TagDefinition } from '../shared/model/project'
import type { JournalFileSystem } from '../store/journal-file-system'
import { ProjectStore } from '../store/project-store'
import { loadSampleCorpus, prepareSampleFolder } from './sample'
import { freeFolderFor, holdsProject, isSameFolderOnDisk, listProjectsIn } from './project-folders'
import { withRecent, withoutRecent, sameFolder } from '../shared/workspace/recent'
import { DEFAULT_SETTINGS, readSettings, writeSettings, type Settings } from './settings'
import { DamagedProjectError } from '../store/damaged-project'
import { recoverProjectFile } from '../store/project-recovery'
import type { DamagedProjectInfo, ListedProject, WorkspaceState } from '../shared/workspace/types'
import { onFirstChange } from './first-change'
import { OpenedProject } from './opened-project'

export { OpenedProject }


export interface WorkspaceOptions {
  /** Where settings.json and projects/ live; null keeps settings in memory (CLI, tests). */
  dataDir: string | null
  resourcesDir: string
  /** The name to prefill (the OS user), or the one chosen by TESSERA_AUTHOR. */
  author: string
  /** True when `author` was chosen explicitly (TESSERA_AUTHOR): no first-start question. */
  authorConfirmed: boolean
  /** Called after the open project changed or the settings did: every window reloads its state. */
  onChange(): void
  /** Where open projects append their journals: the real file system unless a test injects a failing one. */
  journalFileSystem?: JournalFileSystem
  /** Passes a project's event on to the windows (only the open project's events reach it). */
  announce?<E extends EventName>(event: E, payload: Events[E]): void
  /** The workers imports read files in; the process's shared pool by default. */
  importWorkers?: ImportWorkers
  /** Build the corpus views' index in the background once a window has listed the documents. */
  warmViews?: boolean
  /** The number of documents from which the corpus views use the index on disk. */
  storedViewsFrom?: number
  storedViewsRowsPerStep?: number
}

export interface OpenOptions {
  readOnly?: boolean
  /** Fill the project with the sample corpus when this open creates it. */
  seedSample?: boolean
  /** Rolling snapshots in the project's backups/ folder; on unless false. */
  backups?: boolean
  /**
   * Opened by a command line (`--project`, TESSERA_PROJECT): it becomes the project the next plain start
   * reopens only once the user changes something in it, so a throwaway look does not replace their place.
   */
  rememberOnChange?: boolean
}

export interface CreateProjectInput {
  name: string
  folder?: string
  description?: string
  /** A project folder whose tag schema the new project starts with; default: the four default tags. */
  tagsFrom?: string
}

/**
 * The projects side of the app: which project is open (at most one), the user's settings and recent
 * projects. Opening, creating and closing run one at a time, so two never interleave.
 */
export class Workspace {
  private opened: OpenedProject | null = null
  private transitions: Promise<unknown> = Promise.resolve()
  /** The settings write that remembers a command-line project the user changed (see rememberLast). */
  private remembering: Promise<void> = Promise.resolve()
  private notice: Said | null
  private damaged: DamagedProjectInfo | null = null

  private constructor(
    private readonly options: WorkspaceOptions,
    private settings: Settings,
    problem: Said | null
  ) {
    this.notice = problem
  }

  static async load(options: WorkspaceOptions): Promise<Workspace> {
    const loaded = options.dataDir ? await readSettings(options.dataDir) : { settings: structuredClone(DEFAULT_SETTINGS), problem: null }
    return new Workspace(options, loaded.settings, loaded.problem)
  }

  get project(): OpenedProject | null {
    return this.opened
  }

  /** The open project, or the `no-project` error every project method answers with when none is. */
  requireProject(): OpenedProject {
    if (!this.opened) throw new ApiError('no-project', said('problems.workspace.noProject'))
    return this.opened
  }

  get author(): string {
    if (this.options.authorConfirmed) return this.options.author
    return this.settings.author ?? this.options.author
  }

  get projectsDir(): string | null {
    return this.options.dataDir ? join(this.options.dataDir, 'projects') : null
  }

  get lastProjectDir(): string | null {
    return this.settings.lastProjectDir
  }

  /** Adds to what the start screen tells the user, after what it already says. */
  addNotice(message: string | Said): void {
    const next = asSaid(message)
    this.notice = this.notice ? said('exportNotes.notice.then', { first: this.notice, then: next }) : next
  }

  async state(): Promise<WorkspaceState> {
    const store = this.opened?.store
    return {
      project: store
        ? { name: store.info.name, description: store.info.description, dir: store.dir, tags: store.info.tags, readOnly: store.readOnly, blindMode: store.info.blindMode ?? false }
        : null,
      author: this.author,
      authorConfirmed: this.options.authorConfirmed || this.settings.author !== null,
      recentProjects: await Promise.all(this.settings.recentProjects.map(async (entry) => ({ ...entry, missing: !(await holdsProject(entry.dir)) }))),
      projectsDir: this.projectsDir,
      notice: this.notice,
      damagedProject: this.damaged
    }
  }

  /** Opens `dir` in place of the open project. If it cannot be opened, the open project stays open. */
  open(dir: string, options: OpenOptions = {}): Promise<void> {
    return this.transition(() => this.openNow(resolve(dir), options))
  }

  /**
   * Gives a project whose project.json is damaged a readable one (from `backup`, or rebuilt when null; the
   * documents stay as they are), then opens it; what could not be kept as it was becomes the notice.
   */
  recover(dir: string, backup: string | null): Promise<void> {
    return this.transition(async () => {
      const outcome = await recoverProjectFile(dir, backup)
      await this.openNow(dir, {})
      const added = outcome.addedDocuments > 0 ? [said('exportNotes.repair.documentsListedAgain', { count: outcome.addedDocuments })] : []
      const restored = outcome.from ? said('exportNotes.repair.restored', { backup: outcome.from }) : said('exportNotes.repair.rebuilt')
      for (const part of [restored, ...added, ...outcome.notes]) this.addNotice(part)
      this.options.onChange()
    })
  }

  create(input: CreateProjectInput): Promise<string> {
    return this.transition(async () => {
      const projectsDir = this.projectsDir
      const folder = input.folder?.trim()
        ? resolve(input.folder)
        : projectsDir
          ? await freeFolderFor(projectsDir, input.name)
          : null
      if (!folder) throw new ApiError('invalid-input', said('problems.workspace.chooseFolder'))
      if (await holdsProject(folder)) throw new ApiError('invalid-input', said('problems.workspace.alreadyProject', { folder }))
      const tags = input.tagsFrom ? await this.tagsOf(resolve(input.tagsFrom)) : null
      const store = await ProjectStore.open(folder, { nameForNew: input.name })
      try {
        if (input.description) await store.updateProjectFile({ description: input.description })
        if (tags) await store.updateProjectFile({ tags })
      } finally {
        store.close()
      }
      await this.openNow(folder, {})
      return folder
    })
  }

  /** Closes the open project (its queued writes finish first) and forgets it as the one to reopen. */
  close(): Promise<void> {
    return this.transition(async () => {
      await this.closeNow()
      this.settings = { ...this.settings, lastProjectDir: null }
      await this.saveSettings()
      this.options.onChange()
    })
  }

  /** Opens the five-article sample in its own folder, recreated when it was deleted or changed. */
  openSample(): Promise<{ dir: string; movedAside: string | null }> {
    return this.transition(async () => {
      const projectsDir = this.projectsDir
      if (!projectsDir) throw new ApiError('invalid-input', said('problems.workspace.sampleNeedsDataFolder'))
      const sampleDir = join(projectsDir, 'sample')
      if (this.opened && sameFolder(this.opened.store.dir, sampleDir)) await this.closeNow()
      const prepared = await prepareSampleFolder(projectsDir, this.options.resourcesDir)
      await this.openNow(prepared.dir, { seedSample: true })
      return { dir: prepared.dir, movedAside: prepared.movedAside }
    })
  }

  async listProjects(): Promise<ListedProject[]> {
    return this.projectsDir ? listProjectsIn(this.projectsDir) : []
  }

  /** The open project was renamed or redescribed: the recent list follows, and every window hears of it. */
  async projectInfoChanged(): Promise<void> {
    const store = this.opened?.store
    if (!store) return
    this.settings = {
      ...this.settings,
      recentProjects: this.settings.recentProjects.map((entry) => (sameFolder(entry.dir, store.dir) ? { ...entry, name: store.info.name } : entry))
    }
    await this.saveSettings()
    this.options.onChange()
  }

  async forgetRecent(dir: string): Promise<void> {
    this.settings = { ...this.settings, recentProjects: withoutRecent(this.settings.recentProjects, dir) }
    await this.saveSettings()
    this.options.onChange()
  }

  async setAuthor(name: string): Promise<void> {
    this.settings = { ...this.settings, author: name.trim() }
    await this.saveSettings()
    this.options.onChange()
  }

  /** Resolves once the open project's queued writes are on disk. */
  async whenIdle(): Promise<void> {
    await this.transitions.catch(() => undefined)
    if (this.opened) await this.opened.settle()
  }

  /** For quitting: waits for queued writes, then releases the project's lock. Settings keep it as the last project. */
  shutdown(): Promise<void> {
    return this.transition(async () => {
      const opened = this.opened
      this.opened = null
      if (!opened) return
      // A view waiting for the index's build would hold the quit up for as long as the build runs.
      opened.views.closing()
      await opened.settle()
      await this.remembering
      opened.views.close()
      opened.store.close()
    })
  }

  private transition<T>(work: () => Promise<T>): Promise<T> {
    const result = this.transitions.then(work, work)
    this.transitions = result.catch(() => undefined)
    return result
  }

  private async openNow(dir: string, options: OpenOptions): Promise<void> {
    // The open project, perhaps through a symbolic link: it stays open (its own lock would refuse a second open).
    if (this.opened && (await isSameFolderOnDisk(this.opened.store.dir, dir))) return
    const existed = await holdsProject(dir)
    const sample = options.seedSample && !existed && !options.readOnly ? await loadSampleCorpus(this.options.resourcesDir) : null
    const store = await ProjectStore.open(dir, {
      readOnly: options.readOnly,
      nameForNew: sample?.name,
      backups: options.backups ?? true,
      journalFileSystem: this.options.journalFileSystem
    }).catch((error: unknown) => {
      // The start screen offers the way back (Restore or Rebuild) for a project whose project.json is damaged.
      if (error instanceof DamagedProjectError) {
        this.damaged = { dir, message: error.message, said: error.said, backup: error.backup }
        this.options.onChange()
      }
      throw error
    })
    const next: OpenedProject = new OpenedProject(store, {
      author: () => this.author,
      announce: (event, payload) => this.options.announce?.(event, payload),
      // The sample is added before the project is open: its events reach no window.
      isOpen: () => this.opened === next,
      onProjectInfoChanged: () => void this.projectInfoChanged(),
      importWorkers: this.options.importWorkers,
      warmViews: this.options.warmViews,
      storedViewsFrom: this.options.storedViewsFrom,
      storedViewsRowsPerStep: this.options.storedViewsRowsPerStep
    })
    try {
      if (sample && store.isNew) await addDocuments(next.context, sample.documents)
    } catch (error) {
      store.close()
      throw error
    }
    await this.closeNow()
    this.opened = next
    this.notice = null
    this.damaged = null
    if (options.rememberOnChange && !options.readOnly) onFirstChange(next.context, () => (this.remembering = this.rememberLast(next, dir)))
    if (!options.readOnly) {
      this.settings = {
        ...this.settings,
        lastProjectDir: options.rememberOnChange ? this.settings.lastProjectDir : dir,
        recentProjects: withRecent(this.settings.recentProjects, { dir, name: store.info.name, openedAt: new Date().toISOString() })
      }
      await this.saveSettings()
    }
    this.options.onChange()
  }

  /**
   * The project the user worked in becomes the one the next start reopens (unless another was opened
   * since; a change still settling while this one closes counts). Quitting waits for it.
   */
  private async rememberLast(opened: OpenedProject, dir: string): Promise<void> {
    if ((this.opened !== opened && this.opened !== null) || this.settings.lastProjectDir === dir) return
    this.settings = { ...this.settings, lastProjectDir: dir }
    await this.saveSettings()
  }

  private async closeNow(): Promise<void> {
    const opened = this.opened
    if (!opened) return
    this.opened = null
    opened.views.closing()
    await opened.settle()
    await this.remembering
    opened.views.close()
    opened.store.close()
  }

  private async tagsOf(dir: string): Promise<TagDefinition[]> {
    if (this.opened && sameFolder(this.opened.store.dir, dir)) return structuredClone(this.opened.store.info.tags)
    const store = await ProjectStore.open(dir, { readOnly: true })
    store.close()
    return structuredClone(store.info.tags)
  }

  private async saveSettings(): Promise<void> {
    if (!this.options.dataDir) return
    try {
      await writeSettings(this.options.dataDir, this.settings)
    } catch (error) {
      // Settings are a convenience: a read-only data folder must not stop the work, but the user hears of it.
      this.addNotice(said('problems.workspace.settingsNotSaved', { problem: verbatim(error instanceof Error ? error.message : String(error)) }))
    }
  }
}

// The notices core.ts still gives as English text (a last project that would not open) are shown as they are.
function asSaid(message: string | Said): Said {
  return typeof message === 'string' ? verbatim(message) : message
}
