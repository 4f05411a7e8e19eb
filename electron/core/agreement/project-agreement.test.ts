import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { createAgreementProject, FIGURE_LABEL } from '../testing/agreement-project'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import type { Figure } from '../shared/model/agreement'

/**
 * The agreement service over a real project (see testing/agreement-project.ts for the spans and the token
 * offsets): 13 tokens in the two documents both analysts annotated, d1 in English and d2 in Arabic.
 */
describe('agreement.compute', () => {
  const tempDir = useTempDirs()
  let core: Core

  beforeEach(async () => {
    const dir = await tempDir()
    await createAgreementProject(dir)
    core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester', readOnly: true })
  })
  afterEach(() => core.close())

  const value = (figure: Figure | undefined): number | null | undefined => figure?.value

  it('compares every author on the documents two of them annotated, and says which it left out and why', async () => {
    const result = await core.call('agreement.compute', {})
    expect(result.annotators).toEqual(['ann', 'bob'])
    expect(result.documentsUsed).toEqual(['d1', 'd2'])
    expect(result.documentsLeftOut).toEqual([
      { documentId: 'd3', why: 'fewer-than-two-annotators', annotators: ['ann'] },
      { documentId: 'd4', why: 'fewer-than-two-annotators', annotators: [] }
    ])
    expect(result.sample).toEqual({ documents: 2, tokens: 13, characters: 36 + 23, spans: { ann: 6, bob: 5 }, annotators: 2 })
    expect(result.tags).toEqual([
      { id: 'actor', label: 'Actor' },
      { id: 'claim', label: 'Claim' },
      { id: 'figure', label: FIGURE_LABEL },
      { id: 'place', label: 'Place' }
    ])
    expect(result.fleissKappa).toBeNull()
  })

  it('scores spans exact and overlapping, per tag and overall, with the nested and swapped spans counted once each', async () => {
    const [pair] = (await core.call('agreement.compute', {})).pairs
    if (!pair) throw new Error('no pair')
    expect(pair.annotators).toEqual(['ann', 'bob'])
    // Exact pairs: d1 place and claim, d2 actor at 4–9; ann marked 6 spans, bob 5.
    expect(value(pair.spanExact.precision.overall)).toBeCloseTo(3 / 5, 10)
    expect(value(pair.spanExact.recall.overall)).toBeCloseTo(3 / 6, 10)
    expect(value(pair.spanExact.f1.overall)).toBeCloseTo(6 / 11, 10)
    expect(pair.spanExact.f1.overall.method).toContain('exact')
    expect(pair.spanExact.f1.overall).toMatchObject({ n: 11, unit: 'spans' })
    // actor: ann 2, bob 3, one exact; place: ann 2, bob 1 (the other is bob's actor), one exact.
    expect(value(pair.spanExact.f1.perTag.actor)).toBeCloseTo(2 / 5, 10)
    expect(value(pair.spanExact.f1.perTag.place)).toBeCloseTo(2 / 3, 10)
    expect(value(pair.spanExact.f1.perTag.claim)).toBe(1)
    // Only ann used figure: recall 0, and bob's precision has no span to rest on.
    expect(value(pair.spanExact.recall.perTag.figure)).toBe(0)
    expect(pair.spanExact.precision.perTag.figure).toMatchObject({ value: null, notDefined: 'no-data', n: 0 })
    // Overlap also pairs ann's actor 0–11 with bob's 5–11.
    expect(value(pair.spanOverlap.f1.perTag.actor)).toBeCloseTo(4 / 5, 10)
    expect(value(pair.spanOverlap.f1.overall)).toBeCloseTo(8 / 11, 10)
  })

  it('computes Cohen’s κ and Krippendorff’s α on the tokens of both languages, per tag', async () => {
    const result = await core.call('agreement.compute', {})
    const cohen = result.pairs[0]?.cohenKappa
    expect(cohen?.perTag.claim).toMatchObject({ value: 1, n: 13, unit: 'tokens' })
    // figure: ann 1 token of 13, bob none: pₒ = 12/13 = pₑ, so κ = 0.
    expect(value(cohen?.perTag.figure)).toBeCloseTo(0, 10)
    // place: ann Hama and حماة, bob Hama: pₒ = 12/13, pₑ = (2·1 + 11·12)/169 = 134/169, κ = 22/35.
    expect(value(cohen?.perTag.place)).toBeCloseTo(22 / 35, 10)
    // α, place: o(place,place) = 2, o(none,none) = 22, o(place,none) = o(none,place) = 1; n = 26, n_place = 3,
    // n_none = 23: α = 1 − 25·2 / (2·3·23) = 1 − 50/138.
    expect(result.krippendorffAlpha.perTag.place).toMatchObject({ n: 26, unit: 'pairable values' })
    expect(value(result.krippendorffAlpha.perTag.place)).toBeCloseTo(1 - 50 / 138, 10)
    expect(result.krippendorffAlpha.coverage).toEqual({ documents: 2, documentsLeftOut: [] })
    expect(result.krippendorffAlpha.perTag.claim?.method).toBe("Krippendorff's α (nominal), token labels")
  })

  it('gives αu 1 for the claim both marked alike, and lists the disagreements with their offsets', async () => {
    const result = await core.call('agreement.compute', {})
    expect(result.unitizingAlpha.perTag.claim).toMatchObject({ value: 1, n: 59, unit: 'characters' })
    expect(value(result.unitizingAlpha.perTag.actor)).toBeLessThan(1)
    expect(result.disagreements.map(({ documentId, start, end, kinds }) => ({ documentId, start, end, kinds }))).toEqual([
      { documentId: 'd1', start: 0, end: 11, kinds: ['boundaries'] },
      { documentId: 'd1', start: 28, end: 35, kinds: ['absent'] },
      { documentId: 'd2', start: 18, end: 22, kinds: ['tag'] }
    ])
    expect(result.pairs[0]?.tagSwaps).toEqual([{ first: 'place', second: 'actor', count: 1 }])
  })

  it('reports agreement on each choice attribute over the exactly matched spans of its tag', async () => {
    const attributes = (await core.call('agreement.compute', {})).pairs[0]?.attributes ?? []
    const stance = attributes.find((a) => a.tag === 'claim' && a.attribute === 'stance')
    // One claim pair: asserted against reported.
    expect(stance).toMatchObject({ label: 'Stance', spanPairs: 1, pairsWithoutValue: 0, observed: { value: 0, n: 1 } })
    const kind = attributes.find((a) => a.tag === 'place' && a.attribute === 'kind')
    expect(kind).toMatchObject({ spanPairs: 1, pairsWithoutValue: 1, observed: { value: null, notDefined: 'no-data' } })
  })

  it('limits the figures to the chosen tags and documents', async () => {
    const result = await core.call('agreement.compute', { tags: ['place'], documentIds: ['d1', 'd3'] })
    expect(result.tags).toEqual([{ id: 'place', label: 'Place' }])
    expect(result.documentsUsed).toEqual(['d1'])
    expect(result.documentsLeftOut.map((left) => left.documentId)).toEqual(['d3'])
    const [pair] = result.pairs
    expect(Object.keys(pair?.spanExact.f1.perTag ?? {})).toEqual(['place'])
    expect(value(pair?.spanExact.f1.overall)).toBe(1)
    expect(pair?.cohenKappa.perTag.place).toMatchObject({ value: 1, n: 7 })
  })

  it('refuses, naming the problem, an unknown annotator, tag or document and a single annotator', async () => {
    await expect(core.call('agreement.compute', { annotators: ['ann', 'zoë'] })).rejects.toThrow('There are no annotations by "zoë" in these documents. The annotators are: ann, bob.')
    await expect(core.call('agreement.compute', { tags: ['claims'] })).rejects.toThrow('There is no tag "claims" in this project.')
    await expect(core.call('agreement.compute', { documentIds: ['d9'] })).rejects.toThrow('d9')
    await expect(core.call('agreement.compute', { annotators: ['ann'] })).rejects.toThrow('only one is chosen: ann')
    await expect(core.call('agreement.compute', { documentIds: ['d3'] })).rejects.toThrow('only ann has annotated these documents')
    await expect(core.call('agreement.compute', { documentIds: ['d4'] })).rejects.toThrow('No one has annotated these documents yet')
  })

  it('gives the same chance-corrected figures whichever annotator is named first', async () => {
    const forward = await core.call('agreement.compute', { annotators: ['ann', 'bob'] })
    const backward = await core.call('agreement.compute', { annotators: ['bob', 'ann'] })
    expect(backward.krippendorffAlpha).toEqual(forward.krippendorffAlpha)
    expect(backward.unitizingAlpha.perTag).toEqual(forward.unitizingAlpha.perTag)
    expect(backward.pairs[0]?.cohenKappa).toEqual(forward.pairs[0]?.cohenKappa)
    expect(backward.pairs[0]?.spanExact.f1).toEqual(forward.pairs[0]?.spanExact.f1)
    // Precision and recall swap with the reference.
    expect(backward.pairs[0]?.spanExact.precision.overall.value).toBe(forward.pairs[0]?.spanExact.recall.overall.value)
  })
})

describe('agreement.compute on a damaged project', () => {
  const tempDir = useTempDirs()

  it('leaves out a document it cannot read, says so, and computes on the rest', async () => {
    const dir = await tempDir()
    await createAgreementProject(dir)
    await writeFile(join(dir, 'documents', 'd2.json'), '{"schemaVersion": ')
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester', readOnly: true })
    try {
      const result = await core.call('agreement.compute', {})
      expect(result.documentsUsed).toEqual(['d1'])
      expect(result.documentsLeftOut[0]).toEqual({ documentId: 'd2', why: 'unreadable', annotators: [] })
      expect(result.sample.tokens).toBe(7)
    } finally {
      core.close()
    }
  })
})

describe('agreement.compute with three annotators', () => {
  const tempDir = useTempDirs()

  it('adds Fleiss’ κ on the documents all three annotated, and keeps for α the one only two did', async () => {
    const dir = await tempDir()
    await createAgreementProject(dir, { third: true })
    const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'tester', readOnly: true })
    try {
      const result = await core.call('agreement.compute', {})
      expect(result.annotators).toEqual(['ann', 'bob', 'cat'])
      expect(result.pairs.map((pair) => pair.annotators)).toEqual([['ann', 'bob'], ['ann', 'cat'], ['bob', 'cat']])
      // cat has not annotated d2: Fleiss' κ needs every annotator on a token, so d2 is left out of it.
      expect(result.fleissKappa?.coverage).toEqual({ documents: 1, documentsLeftOut: ['d2'] })
      // On d1's 7 tokens all three mark the claim alike: P̄ = 1, P̄ₑ = (18/21)² + (3/21)² < 1, so κ = 1.
      expect(result.fleissKappa?.perTag.claim).toMatchObject({ value: 1, n: 7, unit: 'tokens' })
      expect(result.krippendorffAlpha.coverage).toEqual({ documents: 2, documentsLeftOut: [] })
      expect(result.pairs[2]?.spanExact.f1.overall.value).toBe(1)
      expect(result.pairs[1]?.coverage).toEqual({ documents: 1, documentsLeftOut: ['d2'] })
    } finally {
      core.close()
    }
  })
})
