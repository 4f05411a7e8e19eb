import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { MAX_ATTRIBUTES_PER_TAG, PROJECT_SCHEMA_VERSION, DEFAULT_TAGS, documentIdSchema, tagDefinitionSchema, type ProjectFile, type TagDefinition } from '../shared/model/project'
import { attributeDefinitionSchema, type AttributeDefinition } from '../shared/model/attributes'
import { projectFileReadSchema } from '../shared/model/files'
import { snapshotDir } from './backups'
import { salvageRelationTypes } from './salvage-relation-types'
import { newestReadableProjectBackup, recoveryAdvice } from './damaged-project'
import { DamagedFileError, StoreError } from './errors'
import { ValidatedJsonFile, checkBeforeWrite } from './json-file'
import { LiveDocument } from './live-document'
import { acquireProjectLock } from './lock'
import { PROJECT_FILE } from './project-files'
import { findQuarantined, quarantineFile } from './quarantine'
import { holdsReadableProjectFile } from './snapshot-check'
import { Low } from 'lowdb'
import { said, type Said } from '../shared/i18n/said'

const DOCUMENTS_FOLDER = 'documents'
const NEW_TAG_COLOUR = '#64748b'

export interface ProjectRecovery {
  /** The backup project.json was taken from, or null when it was rebuilt from the damaged file and the documents. */
  from: string | null
  /** Documents found in documents/ that project.json did not list (added since the backup): listed again, at the end. */
  addedDocuments: number
  /** What the new project.json could not keep as it was (a tag trimmed or dropped, a tag added for annotations that use it). */
  notes: Said[]
}

/** True when project.json is damaged or was moved to quarantine: `recoverProjectFile` is the way back, not a full restore. */
export async function projectFileNeedsRecovery(dir: string): Promise<boolean> {
  try {
    if ((await new ValidatedJsonFile(join(dir, PROJECT_FILE), projectFileReadSchema).read()) !== null) return false
  } catch (error) {
    // Not a file at all (a path through a file, no permission): nothing a recovery could mend.
    return error instanceof DamagedFileError
  }
  return (await findQuarantined(dir, PROJECT_FILE)).length > 0
}

/**
 * Gives a project whose project.json is damaged (or quarantined) a readable one again, under the project's
 * lock: the backup's (`backup`), or one rebuilt from what the damaged file still holds (`null`). Either way
 * the documents on disk are kept as they are, and any the file does not list are listed again. A damaged
 * project.json still in place is moved to quarantine first; a readable one is never replaced here.
 */
export async function recoverProjectFile(dir: string, backup: string | null): Promise<ProjectRecovery> {
  const release = acquireProjectLock(dir)
  try {
    const path = join(dir, PROJECT_FILE)
    const current = new ValidatedJsonFile(path, projectFileReadSchema)
    const damage = await current.read().then(
      (data) => {
        if (data === null) return null
        throw new StoreError(
          'not-a-project',
          `${path} is readable: there is nothing to recover. To bring the whole project back from a backup, run tessera restore --project ${dir} <backup> (tessera backups lists them).`
        )
      },
      (error: unknown) => {
        if (error instanceof DamagedFileError) return error
        throw error
      }
    )
    if (damage) await quarantineFile(dir, path, damage.reason)
    const notes: Said[] = []
    const base = backup === null ? await rebuiltFromQuarantine(dir, notes) : await fromBackup(dir, backup)
    const documents = await documentsOnDisk(dir, base.documentIds)
    const tags = withTagsInUse(base.tags, documents.tagsInUse, notes)
    const next: ProjectFile = { ...base, tags, documentIds: documents.ids }
    const db = new Low(current, next)
    checkBeforeWrite(db, next)
    await db.write()
    return { from: backup, addedDocuments: documents.added, notes }
  } finally {
    release()
  }
}

async function fromBackup(dir: string, name: string): Promise<ProjectFile> {
  const folder = snapshotDir(dir, name)
  const unreadable = (why: string): Promise<never> =>
    newestReadableProjectBackup(dir).then((other) => {
      throw new StoreError('no-such-backup', `The backup "${name}" ${why}. ${recoveryAdvice(dir, other)}`)
    })
  if (!folder) return unreadable(`is not a backup of ${dir}`)
  if (!(await holdsReadableProjectFile(folder))) return unreadable(`holds no ${PROJECT_FILE} that matches its checksum and reads`)
  try {
    const data = await new ValidatedJsonFile(join(folder, PROJECT_FILE), projectFileReadSchema).read()
    return data ?? (await unreadable(`has no ${PROJECT_FILE}`))
  } catch (error) {
    if (error instanceof DamagedFileError) return unreadable(`holds no readable ${PROJECT_FILE} either (${error.reason})`)
    throw error
  }
}

/** What the newest quarantined project.json still holds that fits: its name, description, date, valid tags and document ids. */
async function rebuiltFromQuarantine(dir: string, notes: Said[]): Promise<ProjectFile> {
  const [quarantined] = await findQuarantined(dir, PROJECT_FILE)
  let raw: Record<string, unknown> = {}
  if (quarantined) {
    try {
      const parsed: unknown = JSON.parse(await readFile(quarantined.path, 'utf8'))
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>
    } catch {
      notes.push(said('exportNotes.repair.notJson'))
    }
  }
  const text = (value: unknown, max: number): string | null => (typeof value === 'string' && value.length > 0 && value.length <= max ? value : null)
  const createdAt = typeof raw.createdAt === 'string' && !Number.isNaN(Date.parse(raw.createdAt)) ? new Date(raw.createdAt).toISOString() : new Date().toISOString()
  const tags = Array.isArray(raw.tags) ? salvageTags(raw.tags, notes) : structuredClone(DEFAULT_TAGS)
  const ids = Array.isArray(raw.documentIds) ? raw.documentIds.filter((id): id is string => documentIdSchema.safeParse(id).success) : []
  return {
    schemaVersion: PROJECT_SCHEMA_VERSION,
    name: text(raw.name, 1_000) ?? basename(dir),
    description: text(raw.description, 10_000) ?? '',
    createdAt,
    tags,
    documentIds: [...new Set(ids)],
    relationTypes: salvageRelationTypes(raw.relationTypes, tags, notes)
  }
}

function salvageTags(raw: unknown[], notes: Said[]): TagDefinition[] {
  const kept: TagDefinition[] = []
  for (const candidate of raw) {
    const whole = tagDefinitionSchema.safeParse(candidate)
    const tag = whole.success ? whole.data : trimmedTag(candidate)
    const label = (candidate as { label?: unknown } | null)?.label
    if (!tag) notes.push(typeof label === 'string' ? said('exportNotes.repair.tagNotKept', { label: label.slice(0, 80) }) : said('exportNotes.repair.unlabelledTagNotKept'))
    else if (kept.some((t) => t.id === tag.id)) notes.push(said('exportNotes.repair.secondTagDropped', { id: tag.id }))
    else {
      if (!whole.success) notes.push(said('exportNotes.repair.attributesTrimmed', { label: tag.label, kept: tag.attributes.length, max: MAX_ATTRIBUTES_PER_TAG }))
      kept.push(tag)
    }
  }
  return kept
}

/** A tag whose own fields are valid, with only the attributes that fit (at most the limit). */
function trimmedTag(candidate: unknown): TagDefinition | null {
  if (candidate === null || typeof candidate !== 'object') return null
  const attributes = (candidate as { attributes?: unknown }).attributes
  const valid: AttributeDefinition[] = []
  for (const attribute of Array.isArray(attributes) ? attributes : []) {
    const parsed = attributeDefinitionSchema.safeParse(attribute)
    if (parsed.success && !valid.some((a) => a.id === parsed.data.id)) valid.push(parsed.data)
  }
  const tag = tagDefinitionSchema.safeParse({ ...candidate, attributes: valid.slice(0, MAX_ATTRIBUTES_PER_TAG) })
  return tag.success ? tag.data : null
}

/** The listed ids, then the documents on disk the list lacks (oldest import first), and every tag their annotations use. */
async function documentsOnDisk(dir: string, listed: string[]): Promise<{ ids: string[]; added: number; tagsInUse: Set<string> }> {
  const folder = join(dir, DOCUMENTS_FOLDER)
  const onDisk = (await readdir(folder).catch(() => [] as string[]))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .filter((id) => documentIdSchema.safeParse(id).success)
  const tagsInUse = new Set<string>()
  const unlisted: { id: string; importedAt: string }[] = []
  const listedSet = new Set(listed)
  for (const id of new Set([...listed, ...onDisk])) {
    const json = join(folder, `${id}.json`)
    const live = await LiveDocument.load(id, { json, journal: join(folder, `${id}.journal`) }, PROJECT_FILE).catch(() => null)
    if (live) {
      for (const annotation of live.data.annotations) tagsInUse.add(annotation.tag)
      await live.close()
    }
    // An unreadable document is listed all the same: opening it then names its problem and its backup.
    if (!listedSet.has(id)) unlisted.push({ id, importedAt: live?.data.importedAt ?? '~' })
  }
  unlisted.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id))
  return { ids: [...listed, ...unlisted.map((d) => d.id)], added: unlisted.length, tagsInUse }
}

function withTagsInUse(tags: TagDefinition[], inUse: Set<string>, notes: Said[]): TagDefinition[] {
  const next = [...tags]
  for (const id of inUse) {
    if (next.some((t) => t.id === id)) continue
    const tag = tagDefinitionSchema.safeParse({ id, label: id.slice(0, 80), color: NEW_TAG_COLOUR, key: null, attributes: [] })
    if (!tag.success) continue
    next.push(tag.data)
    notes.push(said('exportNotes.repair.tagAdded', { id }))
  }
  return next
}
