import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DuplicateIndex } from './duplicate-index'
import { compare, fingerprint, NEAR_DUPLICATE_SIMILARITY, type Fingerprint } from './duplicates'
import { candidateProbability } from './minhash'
import { inEnglish } from '../shared/i18n/said'

/** `count` words from a vocabulary of about 5,000 made-up words, seeded: texts drawn from it share few 5-grams. */
function words(count: number, seed: number): string[] {
  let state = seed >>> 0
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), state | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
  return Array.from({ length: count }, () => {
    const id = Math.floor(random() * 5_000)
    return `w${id.toString(36)}${'aeiou'[id % 5] ?? ''}`
  })
}

const article = (id: string, body: string[], headline = `Headline of ${id}`): Fingerprint => fingerprint(id, headline, `${headline}\n\n${body.join(' ')}`)

/** An edit of one word of a text: replaced, dropped, or another inserted before it. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), kind: fc.constantFrom('replace', 'delete', 'insert') })

function edited(body: readonly string[], edits: readonly { at: number; kind: string }[], positions: (at: number, n: number) => number): string[] {
  const result = [...body]
  edits.forEach(({ at, kind }, n) => {
    const position = Math.min(result.length - 1, positions(at, n))
    if (kind === 'replace') result[position] = `edit${n}`
    else if (kind === 'delete') result.splice(position, 1)
    else result.splice(position, 0, `edit${n}`)
  })
  return result
}


describe('DuplicateIndex', () => {
  const body = words(2_000, 42)
  const original = article('original', body)
  // Unrelated articles first, so a hit is not just the first document.
  const stored = [...Array.from({ length: 30 }, (_, i) => article(`other-${i}`, words(2_000, 1_000 + i))), original]
  const index = new DuplicateIndex()
  stored.forEach((print) => index.add(print))

  it('makes pairs at the near-duplicate threshold candidates with probability over 0.999', () => {
    expect(candidateProbability(NEAR_DUPLICATE_SIMILARITY)).toBeGreaterThan(0.999)
    expect(candidateProbability(0.3)).toBeLessThan(0.002)
  })

  it('finds a 2,000-word article with up to 2% of its words edited in one passage (a sentence rewritten)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 40 }), fc.double({ min: 0, max: 0.97, noNaN: true }), (edits, passage) => {
        const text = edited(body, edits, (at, n) => Math.floor(passage * body.length) + n + Math.floor(at * 3))
        const verdict = index.verdict(article('edited', text))
        expect(verdict).toMatchObject({ kind: 'near-duplicate', of: { id: 'original' } })
      }),
      { numRuns: 60 }
    )
  })

  it('finds it with up to 1% of its words edited anywhere, and always gives the verdict of comparing with every article', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 40 }), (edits) => {
        const candidate = article('edited', edited(body, edits, (at, n) => Math.floor(at * (body.length - n))))
        const verdict = index.verdict(candidate)
        // Scattered edits of 2% of the words can take the exact Jaccard under 0.9: then neither finds it.
        expect(verdict).toEqual(compare(candidate, stored))
        if (edits.length <= 20) expect(verdict).toMatchObject({ kind: 'near-duplicate', of: { id: 'original' } })
      }),
      { numRuns: 30 }
    )
  })

  it('does not call unrelated articles near-duplicates, nor articles sharing a fifth of their text', () => {
    for (let i = 0; i < 50; i += 1) expect(index.verdict(article(`new-${i}`, words(2_000, 5_000 + i)))).toBeNull()
    const sharing = [...body.slice(0, 400), ...words(1_600, 77)]
    expect(index.verdict(article('sharing', sharing))).toBeNull()
  })

  it('gives an equal text as a duplicate even after near-duplicates, and else the first near-duplicate added', () => {
    const first = article('first', body.slice(0, 1_990))
    const second = article('second', body.slice(5))
    const same = new DuplicateIndex()
    for (const print of [first, second, original]) same.add(print)
    expect(same.verdict(article('copy', body, 'Headline of original'))).toMatchObject({ kind: 'duplicate', of: { id: 'original' } })
    expect(same.verdict(article('edited', [...body.slice(0, 1_000), 'changed', ...body.slice(1_001)]))).toMatchObject({ kind: 'near-duplicate', of: { id: 'first' } })
    const headline = same.verdict(article('headline', body, 'Another headline'))
    expect(headline).toMatchObject({ kind: 'near-duplicate', of: { id: 'first' } })
    const onlyBody = new DuplicateIndex()
    onlyBody.add(original)
    const verdict = onlyBody.verdict(article('headline', body, 'Another headline'))
    expect(verdict?.kind === 'near-duplicate' ? inEnglish(verdict.reason) : verdict).toBe('the same body under a different headline')
  })

  it('passes over documents deleted since they were added, for the next copy of the same text or body', () => {
    const copies = new DuplicateIndex()
    copies.add(original)
    copies.add(article('reprint', body, 'Headline of original'))
    const deleted = new Set(['original'])
    const isStored = (id: string): boolean => !deleted.has(id)
    expect(copies.verdict(article('again', body, 'Headline of original'), isStored)).toMatchObject({ kind: 'duplicate', of: { id: 'reprint' } })
    deleted.add('reprint')
    expect(copies.verdict(article('again', body, 'Headline of original'), isStored)).toBeNull()
    expect(copies.verdict(article('headline', body, 'Another headline'), isStored)).toBeNull()
  })

  it('stays linear: each article is compared exactly with its few candidates, not with every article before it', () => {
    const corpus = new DuplicateIndex()
    const articles = 2_000
    let flagged = 0
    for (let i = 0; i < articles; i += 1) {
      // Every tenth article is an earlier one with a word changed, as outlets reprint wire copy.
      const text = i % 10 === 9 ? [...words(300, i - 5).slice(0, 150), 'reprinted', ...words(300, i - 5).slice(151)] : words(300, i)
      const print = article(`a${i}`, text, `Report ${i}`)
      if (corpus.verdict(print)) flagged += 1
      corpus.add(print)
    }
    expect(flagged).toBe(articles / 10)
    expect(corpus.comparisons).toBeLessThan(articles / 5)
  })
})
