import { join } from 'node:path'
import type { ProjectFile } from '../shared/model/project'
import { projectFileReadSchema } from '../shared/model/files'
import type { SnapshotVerification } from '../shared/model/backups'
import { ValidatedJsonFile } from './json-file'
import { LiveDocument } from './live-document'
import { MAX_STORE_FILE_BYTES, readRegularFile } from './regular-file'
import { MANIFEST_FILE, forEachConcurrently, readChecked, readManifest, sha256Of, type SnapshotManifest } from './snapshot-manifest'

const PROJECT_FILE = 'project.json'
const DOCUMENTS_FOLDER = 'documents'

export interface SnapshotCheck {
  verification: Exclude<SnapshotVerification, 'unchecked'>
  /** Each problem names the file and what is wrong with it. */
  problems: string[]
  /** The manifest, for a snapshot taken with checksums. */
  manifest: SnapshotManifest | null
  /** SHA-256 of every file checked (relative path → hash): a restore copies exactly these bytes. */
  checked: Map<string, string>
}

/**
 * Checks a snapshot before it is listed or restored. A snapshot taken with checksums is `verified`
 * when every file matches its manifest; one taken before checksums (hard links, no manifest) is
 * `readable` when project.json and every document parse as they would on load. With `parse`, a
 * checksummed snapshot's files are parsed too (a restore does: a file may have been copied already
 * damaged). Any problem makes the snapshot `damaged`.
 */
export async function checkSnapshot(folder: string, options: { parse: boolean }): Promise<SnapshotCheck> {
  const read = await readManifest(folder)
  const checked = new Map<string, string>()
  if (read.kind === 'unreadable') return { verification: 'damaged', problems: [read.problem], manifest: null, checked }
  const problems: string[] = []
  const manifest = read.kind === 'manifest' ? read.manifest : null
  if (manifest) {
    await forEachConcurrently(Object.entries(manifest.files), 8, async ([file, expected]) => {
      const copy = await readChecked(folder, file, expected)
      if ('problem' in copy) problems.push(copy.problem)
      else checked.set(file, expected.sha256)
    })
    problems.sort()
    if (!manifest.files[PROJECT_FILE]) problems.push(`${join(folder, MANIFEST_FILE)} lists no ${PROJECT_FILE}: the snapshot is incomplete.`)
  }
  if (problems.length === 0 && (options.parse || !manifest)) {
    problems.push(...(await parseSnapshotFiles(folder, manifest, checked)))
  }
  const verification = problems.length > 0 ? 'damaged' : manifest ? 'verified' : 'readable'
  return { verification, problems, manifest, checked }
}

/** Parses project.json and every document it lists, as a load would; for a legacy snapshot, records each file's hash. */
async function parseSnapshotFiles(folder: string, manifest: SnapshotManifest | null, checked: Map<string, string>): Promise<string[]> {
  const problems: string[] = []
  const project = await readSnapshotProject(folder)
  if ('problem' in project) return [project.problem]
  if (!manifest) await hashLegacyFile(folder, PROJECT_FILE, checked)
  for (const id of project.data.documentIds) {
    const json = `${DOCUMENTS_FOLDER}/${id}.json`
    const journal = `${DOCUMENTS_FOLDER}/${id}.journal`
    if (manifest ? !manifest.files[json] : !(await hashLegacyFile(folder, json, checked))) continue
    if (!manifest) await hashLegacyFile(folder, journal, checked)
    const problem = await documentProblem(folder, id)
    if (problem) problems.push(problem)
  }
  return problems
}

async function hashLegacyFile(folder: string, file: string, checked: Map<string, string>): Promise<boolean> {
  const bytes = await readRegularFile(join(folder, file), MAX_STORE_FILE_BYTES).catch(() => null)
  if (bytes === null) return false
  checked.set(file, sha256Of(bytes))
  return true
}

/** The snapshot's project.json, parsed with the schema a load uses. */
export async function readSnapshotProject(folder: string): Promise<{ data: ProjectFile } | { problem: string }> {
  try {
    const data = await new ValidatedJsonFile(join(folder, PROJECT_FILE), projectFileReadSchema).read()
    return data ? { data } : { problem: `${join(folder, PROJECT_FILE)} is missing.` }
  } catch (error) {
    return { problem: (error as Error).message }
  }
}

/** Why the snapshot's copy of a document would not load (its JSON and journal, as a load reads them), or null. */
export async function documentProblem(folder: string, id: string): Promise<string | null> {
  const documents = join(folder, DOCUMENTS_FOLDER)
  return LiveDocument.load(id, { json: join(documents, `${id}.json`), journal: join(documents, `${id}.journal`) }, PROJECT_FILE).then(
    () => null,
    (error: unknown) => (error as Error).message
  )
}

/**
 * The snapshot's copy of the document when it can be restored: its files match the manifest (for a
 * snapshot taken with checksums) and parse as a load would. Resolves to the SHA-256 of each of its
 * files (relative path → hash), or null when the snapshot holds no readable copy.
 */
export async function readableDocumentCopy(folder: string, id: string): Promise<Map<string, string> | null> {
  const read = await readManifest(folder)
  if (read.kind === 'unreadable') return null
  const checked = new Map<string, string>()
  const json = `${DOCUMENTS_FOLDER}/${id}.json`
  const journal = `${DOCUMENTS_FOLDER}/${id}.journal`
  if (read.kind === 'manifest') {
    for (const file of [json, journal]) {
      const expected = read.manifest.files[file]
      if (!expected) continue
      if ('problem' in (await readChecked(folder, file, expected))) return null
      checked.set(file, expected.sha256)
    }
    if (!checked.has(json)) return null
  } else {
    if (!(await hashLegacyFile(folder, json, checked))) return null
    await hashLegacyFile(folder, journal, checked)
  }
  return (await documentProblem(folder, id)) === null ? checked : null
}

/** Whether the snapshot's project.json matches its manifest (for a snapshot taken with checksums) and parses as a load would. */
export async function holdsReadableProjectFile(folder: string): Promise<boolean> {
  const read = await readManifest(folder)
  if (read.kind === 'unreadable') return false
  if (read.kind === 'manifest') {
    const expected = read.manifest.files[PROJECT_FILE]
    if (!expected || 'problem' in (await readChecked(folder, PROJECT_FILE, expected))) return false
  }
  return !('problem' in (await readSnapshotProject(folder)))
}
