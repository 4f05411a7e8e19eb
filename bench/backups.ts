/**
 * Snapshot cost for a project of BENCH_BACKUP_DOCS documents (default 3,000): the time and the disk
 * space of a first snapshot, of a second one with nothing changed, and of verifying a snapshot.
 * Run alone: `npx tsx --tsconfig tsconfig.base.json bench/backups.ts`.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { documentFromText } from '../electron/core/documents/from-text'
import { type DocumentRecord } from '../electron/core/shared/model/document'
import { DEFAULT_TAGS, PROJECT_SCHEMA_VERSION } from '../electron/core/shared/model/project'
import { listSnapshots } from '../electron/core/store/backups'
import { ProjectStore } from '../electron/core/store/project-store'
import { syntheticAnnotations, syntheticArticle } from './synthetic'

const DOCUMENTS = Number(process.env.BENCH_BACKUP_DOCS ?? 3000)
const SPANS = 20

async function generate(dir: string): Promise<void> {
  await mkdir(join(dir, 'documents'), { recursive: true })
  const ids: string[] = []
  const createdAt = '2024-12-01T00:00:00.000Z'
  for (let i = 0; i < DOCUMENTS; i += 1) {
    const id = `article-${String(i).padStart(5, '0')}`
    ids.push(id)
    const text = `Report ${i} from Hama\n\n${syntheticArticle(250 + ((i * 7919) % 500), i + 1)}`
    const record: DocumentRecord = { ...documentFromText(`${id}.txt`, text, {}, id), importedAt: createdAt }
    record.annotations = syntheticAnnotations(id, record.text, SPANS, createdAt)
    await writeFile(join(dir, 'documents', `${id}.json`), `${JSON.stringify(record, null, 1)}\n`)
  }
  const project = { schemaVersion: PROJECT_SCHEMA_VERSION, name: 'Backup bench', description: '', createdAt, tags: DEFAULT_TAGS, documentIds: ids }
  await writeFile(join(dir, 'project.json'), `${JSON.stringify(project, null, 1)}\n`)
}

const du = (path: string): string => execFileSync('du', ['-sh', path]).toString().split('\t')[0] ?? '?'

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-backup-bench-'))
  try {
    await generate(dir)
    console.log(`${DOCUMENTS} documents, project ${du(dir)} (documents/ ${du(join(dir, 'documents'))})`)
    const store = await ProjectStore.open(dir)
    try {
      for (const label of ['first snapshot', 'second snapshot (nothing changed)', 'third snapshot (nothing changed)']) {
        const started = performance.now()
        const backup = await store.backups.snapshot('manual')
        const ms = performance.now() - started
        console.log(`${label}: ${ms.toFixed(0)} ms, ${du(join(dir, 'backups', backup.name))} on its own, backups/ now ${du(join(dir, 'backups'))}`)
      }
      const fresh = performance.now()
      const checked = await listSnapshots(dir)
      console.log(`full check of ${checked.length} snapshots (as tessera backups does): ${(performance.now() - fresh).toFixed(0)} ms (${checked.map((backup) => backup.verification).join(', ')})`)
      for (const label of ['list in the open project', 'again']) {
        const started = performance.now()
        const listed = await store.backups.list()
        console.log(`${label} of ${listed.length} snapshots: ${(performance.now() - started).toFixed(0)} ms (${listed.map((backup) => backup.verification).join(', ')})`)
      }
    } finally {
      store.close()
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

void main()
