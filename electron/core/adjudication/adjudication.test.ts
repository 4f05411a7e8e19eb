import { describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { ApiError } from '../shared/errors'
import { exportFile } from '../testing/export-file'
import { useTempDirs } from '../testing/helpers'
import { importTexts } from '../testing/import-texts'
import { useWarmImportWorkers } from '../import/worker/testing'

useWarmImportWorkers()

// Written as the import stores it (paragraphs apart by a blank line), so offsets into it are offsets into the stored text.
const TEXT = 'Hama\n\nThe army entered Hama on Tuesday; residents fled to حماة.'
const at = (word: string, from = 0) => ({ start: TEXT.indexOf(word, from), end: TEXT.indexOf(word, from) + word.length })
const ARMY = at('army')
const HAMA = at('Hama', 6)
const RESIDENTS = at('residents')
const RESIDENTS_FLED = at('residents fled')
const ARABIC_HAMA = at('حماة')

type Spans = { start: number; end: number; tag: string }[]

/** The curated layer of a document, as the core stores it, in reading order. */
async function curatedLayer(core: Core, documentId: string) {
  const { annotations } = await core.call('documents.get', { documentId })
  return annotations
    .filter((annotation) => annotation.author === 'curated')
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({ start, end, tag, quote, curator, note }) => ({ start, end, tag, quote, curator, note }))
}

const spans = (layer: { start: number; end: number; tag: string }[]): Spans => layer.map(({ start, end, tag }) => ({ start, end, tag }))

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(() => null, (caught: unknown) => caught)
  if (!(error instanceof ApiError)) throw new Error(`expected a refusal, got ${String(error)}`)
  return error.message
}

describe('adjudication', () => {
  const tempDir = useTempDirs()

  /**
   * A and B agree on "army"; tag apart on the second "Hama" (place / actor); draw "residents" with different
   * boundaries; only B marks "حماة". The curator's core is left open.
   */
  async function twoVersions(): Promise<{ core: Core; documentId: string; dir: string }> {
    const dir = await tempDir()
    let documentId = ''
    const as = async (author: string, marks: { span: { start: number; end: number }; tag: string; note?: string }[]) => {
      const core = await createCore({ projectDir: dir, resourcesDir: dir, author })
      if (documentId === '') documentId = (await importTexts(core, [{ fileName: 'hama.txt', content: TEXT }]))[0]?.id ?? ''
      for (const { span, tag, note } of marks) {
        const made = await core.call('annotations.create', { documentId, tag, ...span })
        if (note) await core.call('annotations.setNote', { documentId, annotationId: made.id, note })
      }
      core.close()
    }
    await as('A', [{ span: ARMY, tag: 'actor' }, { span: HAMA, tag: 'place' }, { span: RESIDENTS, tag: 'actor' }])
    await as('B', [{ span: ARMY, tag: 'actor' }, { span: HAMA, tag: 'actor' }, { span: RESIDENTS_FLED, tag: 'actor', note: 'who fled' }, { span: ARABIC_HAMA, tag: 'place' }])
    const core = await createCore({ projectDir: dir, resourcesDir: dir, author: 'Curator' })
    return { core, documentId, dir }
  }

  it('lists each disagreement with both versions and its context, the agreed spans apart, nothing decided yet', async () => {
    const { core, documentId } = await twoVersions()
    try {
      const review = await core.call('adjudication.review', {})
      expect(review.annotators).toEqual(['A', 'B'])
      expect([review.decided, review.total]).toEqual([0, 3])
      const [document] = review.documents
      expect(document).toMatchObject({ documentId, annotators: ['A', 'B'], agreed: 1, agreedTaken: false, decided: 0 })
      expect(document?.stretches.map(({ start, end, kinds, versions, curated, decision }) => ({ start, end, kinds, versions, curated, decision }))).toEqual([
        { ...HAMA, kinds: ['tag'], versions: { A: [{ ...HAMA, tag: 'place' }], B: [{ ...HAMA, tag: 'actor' }] }, curated: [], decision: null },
        { ...RESIDENTS_FLED, kinds: ['boundaries'], versions: { A: [{ ...RESIDENTS, tag: 'actor' }], B: [{ ...RESIDENTS_FLED, tag: 'actor' }] }, curated: [], decision: null },
        { ...ARABIC_HAMA, kinds: ['absent'], versions: { A: [], B: [{ ...ARABIC_HAMA, tag: 'place' }] }, curated: [], decision: null }
      ])
      expect(document?.stretches[2]?.context).toEqual({ before: TEXT.slice(0, ARABIC_HAMA.start), text: 'حماة', after: '.' })
    } finally {
      core.close()
    }
  })

  it('accepts a version as one undo step: the agreed spans come with the first decision, written by "curated" with the curator named', async () => {
    const { core, documentId } = await twoVersions()
    try {
      const decided = await core.call('adjudication.decide', { documentId, ...HAMA, choice: { kind: 'accept', annotator: 'A' } })
      expect([decided.decided, decided.agreedTaken]).toEqual([1, true])
      expect(decided.stretches[0]?.decision).toMatchObject({ ...HAMA, kind: 'accept', annotator: 'A', by: 'Curator' })
      expect(decided.stretches[0]?.curated).toEqual([{ ...HAMA, tag: 'place' }])
      expect(await curatedLayer(core, documentId)).toEqual([
        { ...ARMY, tag: 'actor', quote: 'army', curator: 'Curator', note: '' },
        { ...HAMA, tag: 'place', quote: 'Hama', curator: 'Curator', note: '' }
      ])
      // The annotators' layers are untouched.
      const { annotations } = await core.call('documents.get', { documentId })
      expect(annotations.filter((a) => a.author !== 'curated').map((a) => a.author).sort()).toEqual(['A', 'A', 'A', 'B', 'B', 'B', 'B'])

      const undone = await core.call('history.undo', {})
      expect(undone.doneMessage?.values?.action).toMatchObject({ key: 'history.adjudication.accept', values: { annotator: 'A' } })
      expect(await curatedLayer(core, documentId)).toEqual([])
      expect((await core.call('adjudication.review', {})).documents[0]).toMatchObject({ decided: 0, agreedTaken: false })
      await core.call('history.redo', {})
      expect(spans(await curatedLayer(core, documentId))).toEqual([{ ...ARMY, tag: 'actor' }, { ...HAMA, tag: 'place' }])
    } finally {
      core.close()
    }
  })

  it('writes a merged or a corrected version, keeps what the annotator wrote on the span, and a second decision replaces the first', async () => {
    const { core, documentId } = await twoVersions()
    try {
      await core.call('adjudication.decide', { documentId, ...RESIDENTS_FLED, choice: { kind: 'spans', spans: [{ ...RESIDENTS_FLED, tag: 'actor' }] } })
      expect((await curatedLayer(core, documentId)).find((a) => a.start === RESIDENTS.start)).toMatchObject({ ...RESIDENTS_FLED, note: 'who fled' })

      const again = await core.call('adjudication.decide', { documentId, ...RESIDENTS_FLED, choice: { kind: 'accept', annotator: 'A' } })
      expect(again.stretches[1]?.curated).toEqual([{ ...RESIDENTS, tag: 'actor' }])
      expect(spans(await curatedLayer(core, documentId))).toEqual([{ ...ARMY, tag: 'actor' }, { ...RESIDENTS, tag: 'actor' }])
      const { curation } = await core.call('documents.get', { documentId })
      expect(curation?.map(({ kind, start }) => ({ kind, start }))).toEqual([{ kind: 'agreed', start: 0 }, { kind: 'accept', start: RESIDENTS.start }])

      // "None of them" decides the stretch with nothing in it.
      const none = await core.call('adjudication.decide', { documentId, ...ARABIC_HAMA, choice: { kind: 'spans', spans: [] } })
      expect(none.stretches[2]).toMatchObject({ curated: [], decision: { kind: 'spans' } })
      expect(none.decided).toBe(2)
    } finally {
      core.close()
    }
  })

  it('refuses a decision that does not fit, naming the problem, and changes nothing', async () => {
    const { core, documentId } = await twoVersions()
    try {
      expect(await refusal(core.call('adjudication.decide', { documentId, ...ARMY, choice: { kind: 'accept', annotator: 'A' } }))).toMatch(/no disagreement at 10–14 in ‘Hama’/)
      expect(await refusal(core.call('adjudication.decide', { documentId, ...HAMA, choice: { kind: 'accept', annotator: 'C' } }))).toMatch(/C has no version .*The versions are: A, B/)
      expect(await refusal(core.call('adjudication.decide', { documentId, ...HAMA, choice: { kind: 'spans', spans: [{ ...ARMY, tag: 'actor' }] } }))).toMatch(/outside the disagreement/)
      // A span that would cut the Arabic letters apart, and a tag the project does not have.
      expect(await refusal(core.call('adjudication.decide', { documentId, ...ARABIC_HAMA, choice: { kind: 'spans', spans: [{ start: ARABIC_HAMA.start, end: ARABIC_HAMA.end + 1, tag: 'place' }] } }))).toMatch(/outside|past the end/)
      expect(await refusal(core.call('adjudication.decide', { documentId, ...HAMA, choice: { kind: 'spans', spans: [{ ...HAMA, tag: 'weapon' }] } }))).toMatch(/weapon/)
      expect(await refusal(core.call('adjudication.review', { annotators: ['A', 'curated'] }))).toMatch(/leave “curated” out/)
      expect(await curatedLayer(core, documentId)).toEqual([])
      expect((await core.call('history.state', {})).canUndo).toBe(false)
    } finally {
      core.close()
    }
  })

  it('takes the agreed spans alone once; a tag filter leaves the other tags of the curated layer alone', async () => {
    const { core, documentId } = await twoVersions()
    try {
      const taken = await core.call('adjudication.takeAgreed', { documentId })
      expect([taken.agreedTaken, taken.decided]).toEqual([true, 0])
      expect(spans(await curatedLayer(core, documentId))).toEqual([{ ...ARMY, tag: 'actor' }])
      await core.call('adjudication.takeAgreed', { documentId })
      expect(await curatedLayer(core, documentId)).toHaveLength(1)

      await core.call('adjudication.decide', { documentId, ...RESIDENTS_FLED, choice: { kind: 'accept', annotator: 'B' } })
      const places = await core.call('adjudication.review', { tags: ['place'] })
      expect(places.documents[0]?.stretches.map((s) => s.start)).toEqual([HAMA.start, ARABIC_HAMA.start])
      await core.call('adjudication.decide', { tags: ['place'], documentId, ...HAMA, choice: { kind: 'accept', annotator: 'A' } })
      expect(spans(await curatedLayer(core, documentId))).toEqual([{ ...ARMY, tag: 'actor' }, { ...HAMA, tag: 'place' }, { ...RESIDENTS_FLED, tag: 'actor' }])
    } finally {
      core.close()
    }
  })

  it('keeps the curation across a reopen; agreement leaves the curated layer out unless it is named', async () => {
    const { core, documentId, dir } = await twoVersions()
    await core.call('adjudication.decide', { documentId, ...ARABIC_HAMA, choice: { kind: 'accept', annotator: 'B' } })
    core.close()
    const again = await createCore({ projectDir: dir, resourcesDir: dir, author: 'Someone else' })
    try {
      const review = await again.call('adjudication.review', {})
      expect(review.documents[0]?.stretches[2]).toMatchObject({ curated: [{ ...ARABIC_HAMA, tag: 'place' }], decision: { by: 'Curator', annotator: 'B' } })
      expect((await curatedLayer(again, documentId)).find((a) => a.tag === 'place')?.quote).toBe('حماة')
      expect((await again.call('agreement.compute', {})).annotators).toEqual(['A', 'B'])
      const againstGold = await again.call('agreement.compute', { annotators: ['B', 'curated'] })
      expect(againstGold.annotators).toEqual(['B', 'curated'])
    } finally {
      again.close()
    }
  })
  it('exports the curated layer alone as the gold set, and a JSONL round trip keeps who curated each span', async () => {
    const { core, documentId } = await twoVersions()
    try {
      await core.call('adjudication.decide', { documentId, ...HAMA, choice: { kind: 'accept', annotator: 'B' } })
      await core.call('adjudication.decide', { documentId, ...RESIDENTS_FLED, choice: { kind: 'spans', spans: [{ start: RESIDENTS.start, end: RESIDENTS_FLED.end, tag: 'actor' }] } })
      const gold = await exportFile(core, { format: 'jsonl', authors: ['curated'] })
      const [line] = gold.content.trimEnd().split('\n').map((text) => JSON.parse(text) as { type?: string; annotations?: { start: number; end: number; tag: string; author: string; curator?: string }[] }).filter((parsed) => parsed.type === 'document')
      expect(line?.annotations?.map(({ start, end, tag, author, curator }) => ({ start, end, tag, author, curator }))).toEqual([
        { ...ARMY, tag: 'actor', author: 'curated', curator: 'Curator' },
        { ...HAMA, tag: 'actor', author: 'curated', curator: 'Curator' },
        { ...RESIDENTS_FLED, tag: 'actor', author: 'curated', curator: 'Curator' }
      ])

      const elsewhere = await createCore({ projectDir: await tempDir(), resourcesDir: await tempDir(), author: 'Reader' })
      try {
        const report = await elsewhere.importFiles([{ name: 'gold.jsonl', bytes: new TextEncoder().encode(gold.content) }], {})
        const [imported] = report.imported
        if (!imported) throw new Error('the gold set did not import')
        expect(spans(await curatedLayer(elsewhere, imported.documentId))).toEqual(spans(await curatedLayer(core, documentId)))
        expect((await curatedLayer(elsewhere, imported.documentId)).every((annotation) => annotation.curator === 'Curator')).toBe(true)
      } finally {
        elsewhere.close()
      }
    } finally {
      core.close()
    }
  })
})
