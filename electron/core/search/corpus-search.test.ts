import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { useTempDirs } from '../testing/helpers'
import { importTexts } from '../testing/import-texts'
import { useWarmImportWorkers } from '../import/worker/testing'
import { SAVED_SEARCHES_FILE } from '../store/saved-search-store'

useWarmImportWorkers()

const ARTICLES = [
  { fileName: 'mayadeen.txt', content: 'الميادين\nقالت المصادر إن الجيـــش دخل حماه، وإن مسلحي هيئة تحرير الشام انسحبوا من حَمَاة.', source: 'Al Mayadeen', date: '2024-12-04' },
  { fileName: 'shafaq.txt', content: 'Shafaq\nThe army said militants were killed near Hama; the Syrian army holds Hama.', source: 'Shafaq News', date: '2024-12-02' },
  { fileName: 'tehran.txt', content: 'Tehran\nMilitants killed in Hama, the army says. Army units moved.', source: 'Tehran Times', date: '2024-12-01' }
]

async function corpus(core: Core) {
  const docs = await importTexts(core, ARTICLES)
  for (const [i, doc] of docs.entries()) {
    const article = ARTICLES[i]
    if (!article) throw new Error('missing article')
    await core.call('documents.updateMetadata', { documentId: doc.id, changes: { source: article.source, date: article.date } })
  }
  return docs
}

describe('corpus search', () => {
  const tempDir = useTempDirs()

  it('finds words (all must be in the document), exact phrases and Arabic variants, with exact offsets and context', async () => {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    try {
      const docs = await corpus(core)
      const words = await core.call('search.find', { query: 'militants Hama', kind: 'words', wholeWord: true })
      expect(words.documents.map((d) => d.documentId)).toEqual([docs[1]?.id, docs[2]?.id])
      for (const match of words.matches) expect(['militants', 'Militants', 'Hama']).toContain(match.quote)

      const phrase = await core.call('search.find', { query: '"militants killed" army', kind: 'words', wholeWord: true })
      expect(phrase.matches.map((m) => m.quote)).toEqual(['Militants killed', 'army', 'Army'])

      const arabic = await core.call('search.find', { query: 'حماة الجيش', kind: 'words', wholeWord: true })
      const text = (await core.call('documents.get', { documentId: docs[0]?.id ?? '' })).text
      expect(arabic.matches.map((m) => text.slice(m.start, m.end))).toEqual(['الجيـــش', 'حماه', 'حَمَاة'])
      expect(arabic.matches[1]?.suffix.startsWith('،')).toBe(true)

      const exact = await core.call('search.find', { query: 'حماة', kind: 'words', wholeWord: true, exact: true })
      expect(exact.total).toBe(0)
    } finally {
      core.close()
    }
  })

  it('runs safe regular expressions on the folded text, and refuses backreferences and lookaround', async () => {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    try {
      const docs = await corpus(core)
      const found = await core.call('search.find', { query: 'حما(ه|ة)', kind: 'regex' })
      const text = (await core.call('documents.get', { documentId: docs[0]?.id ?? '' })).text
      expect(found.matches.map((m) => text.slice(m.start, m.end))).toEqual(['حماه', 'حَمَاة'])
      expect((await core.call('search.find', { query: '\\bmilitants (were )?killed', kind: 'regex' })).matches.map((m) => m.quote)).toEqual([
        'militants were killed',
        'Militants killed'
      ])
      await expect(core.call('search.find', { query: '(a)\\1', kind: 'regex' })).rejects.toThrow(/backreference/)
      await expect(core.call('search.find', { query: 'army(?= units)', kind: 'regex' })).rejects.toThrow(/lookahead/)
      const began = performance.now()
      await core.call('search.find', { query: '(a+)+$', kind: 'regex' })
      expect(performance.now() - began).toBeLessThan(3_000)
    } finally {
      core.close()
    }
  })

  it('searches a filtered set (outlet, status, dates) and tags all its matches in one undo step', async () => {
    const dir = await tempDir()
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    try {
      const docs = await corpus(core)
      const filter = { outlets: ['Shafaq News', 'Tehran Times'], from: '2024-12-02' }
      const found = await core.call('search.find', { query: 'army', kind: 'words', wholeWord: true, filter })
      expect(found.documents.map((d) => d.documentId)).toEqual([docs[1]?.id])
      expect(found.total).toBe(2)
      expect((await core.call('search.find', { query: 'army', filter: { statuses: ['done'] } })).total).toBe(0)

      const tagged = await core.call('annotations.tagAll', { query: 'army', kind: 'words', wholeWord: true, filter, tag: 'actor' })
      expect(tagged).toMatchObject({ added: 2, documentIds: [docs[1]?.id] })
      expect((await core.call('documents.get', { documentId: docs[2]?.id ?? '' })).annotations).toHaveLength(0)
      await core.call('history.undo', {})
      expect((await core.call('documents.get', { documentId: docs[1]?.id ?? '' })).annotations).toHaveLength(0)
      expect((await core.call('history.state', {})).redoLabel).toMatch(/tag all 2 matches/)
    } finally {
      core.close()
    }
  })

  it('keeps saved searches in the project: listed, re-run after reopening, deleted', async () => {
    const dir = await tempDir()
    let core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    const search = { query: 'حماة', kind: 'words' as const, wholeWord: true, caseSensitive: false, exact: false, filter: { outlets: ['Al Mayadeen'] } }
    try {
      await corpus(core)
      const saved = await core.call('searches.save', { name: 'Hama, every spelling', search })
      expect(saved.map((s) => s.name)).toEqual(['Hama, every spelling'])
    } finally {
      core.close()
    }
    core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'tester' })
    try {
      const [listed] = await core.call('searches.list', {})
      expect(listed?.search).toEqual(search)
      expect(JSON.parse(await readFile(join(dir, SAVED_SEARCHES_FILE), 'utf8')).searches).toHaveLength(1)
      if (!listed) throw new Error('not listed')
      expect((await core.call('search.find', listed.search)).total).toBe(2)
      expect(await core.call('searches.delete', { id: listed.id })).toEqual([])
      expect(await core.call('searches.list', {})).toEqual([])
    } finally {
      core.close()
    }
  })
})
