import { appendFile, copyFile, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { applyAnnotationCommand } from '../annotations/commands'
import { documentFromText } from '../documents/from-text'
import { ApiError } from '../shared/errors'
import type { DocumentRecord } from '../shared/model/document'
import { DEFAULT_TAGS } from '../shared/model/project'
import { listFiles, useTempDirs } from '../testing/helpers'
import { MAX_OPEN_JOURNALS, openJournalCount } from './live-document'
import { ProjectStore } from './project-store'

const tempDir = useTempDirs()
const open: ProjectStore[] = []
afterEach(() => open.splice(0).forEach((store) => store.close()))

async function openStore(dir: string, readOnly = false): Promise<ProjectStore> {
  const store = await ProjectStore.open(dir, { readOnly })
  open.push(store)
  return store
}

/** Closes like a crash would leave things: no compaction, no index written, just the lock gone. */
function crash(store: ProjectStore): void {
  open.splice(open.indexOf(store), 1)
  store.close()
}

const TEXT = 'Rebels 🙂 near Hama 🇸🇾\nThe army said حماة held; 1,600 fighters moved 20 km north.\r\nMore text follows here.'
const environment = { tags: DEFAULT_TAGS, author: 'tester', now: '2024-12-03T10:00:00.000Z' }

async function projectWithDocument(): Promise<{ dir: string; json: string; journal: string }> {
  const dir = await tempDir()
  const store = await ProjectStore.open(dir)
  await store.addDocuments([documentFromText('a.txt', TEXT, {}, 'doc')])
  store.close()
  return { dir, json: join(dir, 'documents', 'doc.json'), journal: join(dir, 'documents', 'doc.journal') }
}

type Command =
  | { kind: 'create'; tag: number; start: number; length: number }
  | { kind: 'retag'; pick: number; tag: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'status'; status: number }
  | { kind: 'title'; title: string }
  | { kind: 'relate'; from: number; to: number }
  | { kind: 'unrelate'; pick: number }
  | { kind: 'compact' }

const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('create' as const), tag: fc.nat(3), start: fc.nat(80), length: fc.integer({ min: 1, max: 12 }) }) },
  fc.record({ kind: fc.constant('retag' as const), pick: fc.nat(), tag: fc.nat(3) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('status' as const), status: fc.nat(2) }),
  fc.record({ kind: fc.constant('title' as const), title: fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }) }),
  fc.record({ kind: fc.constant('relate' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('unrelate' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('compact' as const) })
)

const TAGS = ['claim', 'actor', 'place', 'figure']
const STATUSES = ['not-started', 'in-progress', 'done'] as const

/** Runs one command against the store, as the handlers do. */
async function run(store: ProjectStore, command: Command, step: number): Promise<void> {
  if (command.kind === 'compact') return store.compactDocument('doc')
  const change = (draft: DocumentRecord): void => {
    const pick = <T>(items: T[], n: number): T | undefined => items[n % Math.max(1, items.length)]
    switch (command.kind) {
      case 'create':
        applyAnnotationCommand(draft, { type: 'create', tag: TAGS[command.tag] ?? 'claim', start: command.start, end: command.start + command.length }, environment)
        break
      case 'retag': {
        const target = pick(draft.annotations, command.pick)
        if (target) applyAnnotationCommand(draft, { type: 'setTag', annotationId: target.id, tag: TAGS[command.tag] ?? 'claim' }, environment)
        break
      }
      case 'delete': {
        const target = pick(draft.annotations, command.pick)
        if (target) applyAnnotationCommand(draft, { type: 'delete', annotationId: target.id }, environment)
        break
      }
      case 'status':
        draft.status = STATUSES[command.status] ?? 'done'
        break
      case 'title':
        draft.title = command.title
        break
      case 'relate': {
        const from = pick(draft.annotations, command.from)
        const to = pick(draft.annotations, command.to)
        if (from && to) draft.relations.push({ id: `r${step}`, type: 'attributed-to', from: from.id, to: to.id, author: 'tester', createdAt: environment.now })
        break
      }
      case 'unrelate': {
        const target = pick(draft.relations, command.pick)
        draft.relations = draft.relations.filter((r) => r !== target)
        break
      }
    }
  }
  await store.updateDocument('doc', change).catch((error: unknown) => {
    // A command that does not fit (a span cutting an emoji, a duplicate tag) changes nothing: that is the command's test, not this one's.
    if (!(error instanceof ApiError) || error.code !== 'invalid-input') throw error
  })
}

describe('the document journal', () => {
  it('replays exactly: after any sequence of changes and a crash that tears the next line, a reopen equals what was acknowledged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandArbitrary, { minLength: 1, maxLength: 25 }), fc.nat(200), async (commands, tearAt) => {
        const { dir, journal } = await projectWithDocument()
        const store = await openStore(dir)
        for (const [step, command] of commands.entries()) await run(store, command, step)
        const acknowledged = structuredClone(await store.getDocument('doc'))
        // The crash happens while the next change is being written: a prefix of its line, never its newline.
        const next = `{"entries":[{"op":"fields","fields":{"title":"never acknowledged ${'x'.repeat(tearAt)}"}}]}`
        crash(store)
        await appendFile(journal, next.slice(0, Math.max(1, Math.min(tearAt, next.length - 1))))
        const reopened = await openStore(dir)
        expect(await reopened.getDocument('doc')).toEqual(acknowledged)
        // The torn tail is cut before the next append, so the journal stays readable.
        await reopened.updateDocument('doc', (draft) => void (draft.status = 'done'))
        crash(reopened)
        expect(await (await openStore(dir, true)).getDocument('doc')).toEqual({ ...acknowledged, status: 'done' })
      }),
      { numRuns: 30, seed: 20261122 }
    )
  }, 120_000)

  it('writes one line per change, never the whole document, and compacts into the JSON file', async () => {
    const { dir, json, journal } = await projectWithDocument()
    const before = await readFile(json, 'utf8')
    const store = await openStore(dir)
    await run(store, { kind: 'create', tag: 0, start: 0, length: 6 }, 0)
    await run(store, { kind: 'status', status: 2 }, 1)
    expect(await readFile(json, 'utf8')).toBe(before)
    const lines = (await readFile(journal, 'utf8')).trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(JSON.parse(lines[2] ?? '')).toEqual({ entries: [{ op: 'fields', fields: { status: 'done' } }] })
    const current = structuredClone(await store.getDocument('doc'))
    await store.compactDocument('doc')
    expect(await listFiles(dir)).toEqual(['documents/doc.json', 'project.json', 'tessera.lock'])
    expect(JSON.parse(await readFile(json, 'utf8'))).toEqual(current)
  })

  it('is safe at every step of compaction: a crash before or after the JSON is replaced loses nothing', async () => {
    const { dir, json, journal } = await projectWithDocument()
    const store = await openStore(dir)
    for (let i = 0; i < 6; i += 1) await run(store, { kind: 'create', tag: i % 4, start: i * 5, length: 3 }, i)
    await run(store, { kind: 'delete', pick: 2 }, 7)
    const acknowledged = structuredClone(await store.getDocument('doc'))
    const oldJson = await readFile(json)
    await copyFile(journal, `${journal}.saved`)
    await store.compactDocument('doc')
    crash(store)

    // Crash after the JSON was replaced, before the journal was removed: the old journal is already in the JSON.
    await copyFile(`${journal}.saved`, journal)
    expect(await (await openStore(dir, true)).getDocument('doc')).toEqual(acknowledged)
    // Crash before the JSON was replaced (a temp file may be left): the old JSON and the journal.
    await writeFile(json, oldJson)
    await writeFile(join(dir, 'documents', '.doc.json.999.1.tmp'), '{"half": ')
    const reopened = await openStore(dir)
    expect(await reopened.getDocument('doc')).toEqual(acknowledged)
    // And the next change builds on it.
    await run(reopened, { kind: 'status', status: 2 }, 9)
    crash(reopened)
    await rm(`${journal}.saved`)
    expect(await (await openStore(dir, true)).getDocument('doc')).toEqual({ ...acknowledged, status: 'done' })
  })

  it('reports a journal whose changes the JSON does not hold (the JSON was replaced), and changes no file', async () => {
    const { dir, json, journal } = await projectWithDocument()
    const original = await readFile(json, 'utf8')
    const store = await openStore(dir)
    await run(store, { kind: 'create', tag: 1, start: 0, length: 6 }, 0)
    crash(store)
    const replaced = JSON.stringify({ ...(JSON.parse(original) as object), title: 'Restored by hand' })
    await writeFile(json, replaced)
    const journalBefore = await readFile(journal, 'utf8')
    const reopened = await openStore(dir)
    await expect(reopened.getDocument('doc')).rejects.toThrow(`${journal} holds changes that ${json} does not`)
    const [summary] = await reopened.listSummaries((id, error) => ({ ...unreadable(id), problem: String(error) }))
    expect(summary?.problem).toContain(journal)
    expect(await readFile(journal, 'utf8')).toBe(journalBefore)
    expect(await readFile(json, 'utf8')).toBe(replaced)
  })

  it('still saves a change that edits an annotation in place (the shared annotations are frozen, so it runs on a full copy)', async () => {
    const { dir } = await projectWithDocument()
    const store = await openStore(dir)
    await run(store, { kind: 'create', tag: 0, start: 0, length: 6 }, 0)
    const before = await store.getDocument('doc')
    await store.updateDocument('doc', (draft) => {
      const [first] = draft.annotations
      if (first) first.note = 'edited in place 🙂'
      if (first) first.attributes['stance'] = 'denied'
    })
    expect(before.annotations[0]?.note).toBe('')
    crash(store)
    const [annotation] = (await (await openStore(dir, true)).getDocument('doc')).annotations
    expect(annotation).toMatchObject({ note: 'edited in place 🙂', attributes: { stance: 'denied' } })
  })

  it(`keeps at most ${MAX_OPEN_JOURNALS} journals open, whatever the number of documents changed, and loses nothing`, async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    const ids = Array.from({ length: MAX_OPEN_JOURNALS + 16 }, (_, i) => `d${i}`)
    await store.addDocuments(ids.map((id) => documentFromText(`${id}.txt`, `Doc ${id} 🙂\nBody.`, {}, id)))
    for (const id of ids) await store.updateDocument(id, (draft) => void (draft.status = 'in-progress'))
    expect(openJournalCount()).toBeLessThanOrEqual(MAX_OPEN_JOURNALS)
    // The first document's journal was closed to make room: the next change reopens it where it stood.
    await store.updateDocument('d0', (draft) => void (draft.status = 'done'))
    crash(store)
    const reopened = await openStore(dir, true)
    const statuses = await Promise.all(ids.map(async (id) => (await reopened.getDocument(id)).status))
    expect(statuses).toEqual(['done', ...ids.slice(1).map(() => 'in-progress')])
  })

  it('reports a damaged line in the middle by file and line number, and never drops it', async () => {
    const { dir, journal } = await projectWithDocument()
    const store = await openStore(dir)
    for (let i = 0; i < 3; i += 1) await run(store, { kind: 'create', tag: 0, start: i * 7, length: 4 }, i)
    crash(store)
    const lines = (await readFile(journal, 'utf8')).split('\n')
    lines[2] = '{"entries":[{"op":"put","annotation":{"id":"x"}}]}'
    await writeFile(journal, lines.join('\n'))
    const damaged = await readFile(journal, 'utf8')
    const reopened = await openStore(dir)
    await expect(reopened.getDocument('doc')).rejects.toThrow(`${journal} line 3 is damaged`)
    await expect(reopened.updateDocument('doc', (draft) => void (draft.status = 'done'))).rejects.toThrow(/line 3/)
    expect(await readFile(journal, 'utf8')).toBe(damaged)
  })
})

function unreadable(id: string): ReturnType<typeof summaryShape> {
  return summaryShape(id)
}

function summaryShape(id: string) {
  return { id, title: '?', source: '', author: '', date: null, url: '', language: '', status: 'not-started' as const, annotationCount: 0, tagCounts: {} }
}
