import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Low } from 'lowdb'
import { projectFileReadSchema } from '../shared/model/files'
import { DEFAULT_TAGS, PROJECT_SCHEMA_VERSION, type ProjectFile } from '../shared/model/project'
import { readProjectFileOrExplain, refuseQuarantinedProject } from './damaged-project'
import { StoreError, storeErrorFromErrno } from './errors'
import { said } from '../shared/i18n/said'
import { createJsonFile, openJsonFile } from './json-file'
import type { JournalFileSystem } from './journal-file-system'
import { acquireProjectLock } from './lock'
import { DOCUMENTS_FOLDER } from './project-backups'
import { PROJECT_FILE, refuseForeignFolder, refuseNewerProject } from './project-files'
import { prepareProjectFolder } from './project-folder'
import { ProjectIndex } from './project-index'

export interface OpenProjectOptions {
  /** Read without taking the writer's lock (export, list). Any write then fails. */
  readOnly?: boolean
  /** Name given to a project created in an empty folder. */
  nameForNew?: string
  /** Snapshot the project into backups/ when a writer opens it, and every few minutes while it changes. */
  backups?: boolean
  /** Where journals are appended: the real file system unless a test injects a failing one. */
  journalFileSystem?: JournalFileSystem
}

/** A project folder opened for a store: its project.json, the writer's lock (null when read-only) and its index. */
export interface OpenedFolder {
  project: Low<ProjectFile>
  releaseLock: (() => void) | null
  /** True when this open created the project (a new user's first start). */
  isNew: boolean
  index: ProjectIndex
  /** The project.json's schema version when older than this build's: the store migrates it. */
  olderVersion: boolean
}

/**
 * Opens the project in `dir`: read-only, or as its writer (taking the lock, creating the project in an
 * empty folder). Refuses a newer, quarantined or foreign folder with a message naming it; a damaged
 * project.json is moved aside and the way back named, never overwritten.
 */
export async function openProjectFolder(dir: string, options: OpenProjectOptions): Promise<OpenedFolder> {
  if (options.readOnly) {
    await refuseNewerProject(dir)
    const project = await readProjectFileOrExplain(dir, () => openJsonFile(join(dir, PROJECT_FILE), projectFileReadSchema), false)
    if (!project) await refuseQuarantinedProject(dir)
    if (!project) throw new StoreError('not-a-project', said('problems.store.notAProject', { dir, file: PROJECT_FILE }))
    return { project, releaseLock: null, isNew: false, index: await ProjectIndex.open(dir), olderVersion: false }
  }
  // Refuses /proc and other folders that cannot hold a project before anything is created.
  await prepareProjectFolder(dir)
  const release = acquireProjectLock(dir)
  try {
    const fileVersion = await refuseNewerProject(dir)
    const existing = await readProjectFileOrExplain(dir, () => openJsonFile(join(dir, PROJECT_FILE), projectFileReadSchema), true)
    if (existing) {
      const olderVersion = fileVersion !== null && fileVersion < PROJECT_SCHEMA_VERSION
      return { project: existing, releaseLock: release, isNew: false, index: await ProjectIndex.open(dir), olderVersion }
    }
    await refuseQuarantinedProject(dir)
    await refuseForeignFolder(dir)
    await mkdir(join(dir, DOCUMENTS_FOLDER), { recursive: true })
    const created = await createJsonFile(join(dir, PROJECT_FILE), projectFileReadSchema, {
      schemaVersion: PROJECT_SCHEMA_VERSION,
      name: options.nameForNew ?? 'Untitled project',
      description: '',
      createdAt: new Date().toISOString(),
      tags: DEFAULT_TAGS,
      documentIds: [],
      relationTypes: []
    })
    return { project: created, releaseLock: release, isNew: true, index: await ProjectIndex.open(dir), olderVersion: false }
  } catch (error) {
    release()
    throw storeErrorFromErrno(error, dir)
  }
}
