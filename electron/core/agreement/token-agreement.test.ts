import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { copyLayer, swapLayers, twoLayerCorpus } from '../testing/agreement-corpora'
import { tokenCohenKappa, tokenFleissKappa, tokenKrippendorffAlpha } from './token-agreement'
import { cohenKappa, fleissKappa } from './kappa'
import { krippendorffAlpha } from './krippendorff-alpha'
import { tokenize } from '../exports/formats/conll'
import { documentTokens, labelOf, labelTokens, tokenizeInWindows } from './token-labels'
import { NONE, type AgreementDocument } from './types'

// Tokens: Assad | forces | shelled | Hama | today (offsets 0–5, 6–12, 13–20, 21–25, 26–31).
const TEXT = 'Assad forces shelled Hama today'
const ann = [{ start: 0, end: 12, tag: 'actor' }, { start: 21, end: 25, tag: 'place' }]
const bob = [{ start: 0, end: 5, tag: 'actor' }, { start: 21, end: 25, tag: 'place' }]

describe('token labels', () => {
  it('come from the CoNLL export’s tokenizer and take the innermost of nested spans', () => {
    const document: AgreementDocument = { id: 'd', text: TEXT, layers: {} }
    const tokens = documentTokens(document)
    expect(tokens.map((token) => token.text)).toEqual(['Assad', 'forces', 'shelled', 'Hama', 'today'])
    const claimAround = [{ start: 0, end: 31, tag: 'claim' }, ...ann]
    const { labels, coveredByTag } = labelTokens(tokens, claimAround)
    expect(labels).toEqual(['actor', 'actor', 'claim', 'place', 'claim'])
    expect([...(coveredByTag.get('claim') ?? [])]).toEqual([1, 1, 1, 1, 1])
    expect([...(coveredByTag.get('actor') ?? [])]).toEqual([1, 1, 0, 0, 0])
    // A span that shares one character with a token covers it; equal lengths fall to the first tag by name.
    expect(labelTokens(tokens, [{ start: 4, end: 7, tag: 'place' }, { start: 4, end: 7, tag: 'actor' }]).labels).toEqual(['actor', 'actor', NONE, NONE, NONE])
  })

  it('are the same tokenized in windows as tokenized whole', () => {
    // Windows of 1–8 characters stretch to the next white space after a non-space: every boundary is tried.
    const pieces = [' ', '  ', '\n', '\u00a0', 'Hama', 'قال', 'e\u0301', '\u0301', '🙂', '🇸🇾', '1,300', "don't", '.', '-']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (parts, window) => {
        const text = parts.join('')
        expect(tokenizeInWindows(text, window)).toEqual(tokenize(text))
      }),
      { numRuns: 500 }
    )
  })
})

describe('token-level κ and α', () => {
  it('match a hand-computed case, and leave out a document one annotator has not annotated', () => {
    // Ann: actor actor none place none; Bob: actor none none place none.
    // pₒ = 4/5; pₑ = (2·1 + 2·3 + 1·1)/25 = 9/25; κ = (0.8 − 0.36)/(1 − 0.36) = 0.6875.
    const documents: AgreementDocument[] = [
      { id: 'd1', text: TEXT, layers: { ann, bob } },
      { id: 'd2', text: 'Hama again', layers: { ann: [{ start: 0, end: 4, tag: 'place' }] } }
    ]
    const kappa = tokenCohenKappa(documents, ['ann', 'bob'])
    expect(kappa.overall.value).toBeCloseTo(0.6875, 12)
    expect(kappa.overall).toMatchObject({ n: 5, method: "Cohen's κ, token labels" })
    expect(kappa.coverage).toEqual({ documents: 1, documentsLeftOut: ['d2'] })
    // Place alone: both mark token 4 only → identical binary labels → κ = 1.
    expect(kappa.perTag['place']?.value).toBeCloseTo(1, 12)
    // Actor alone: ann {1,2}, bob {1}: pₒ = 4/5, pₑ = (2·1 + 3·4)/25 = 14/25, κ = (0.8 − 0.56)/0.44 = 6/11.
    expect(kappa.perTag['actor']?.value).toBeCloseTo(6 / 11, 12)
    // α on the same tokens: o(actor,actor) = 2, o(actor,none) = o(none,actor) = 1, o(none,none) = 4,
    // o(place,place) = 2; n = 10, n_actor = 3, n_none = 5, n_place = 2;
    // α = 1 − 9·2 / (100 − 9 − 25 − 4) = 1 − 18/62 = 0.7097. d2 has one annotator: its tokens drop out.
    const alpha = tokenKrippendorffAlpha(documents, ['ann', 'bob'])
    expect(alpha.overall.value).toBeCloseTo(1 - 18 / 62, 12)
    expect(alpha.overall.n).toBe(10)
    expect(alpha.coverage.documentsLeftOut).toEqual(['d2'])
  })

  it('report "not defined" for one category, no data and too few annotators instead of failing', () => {
    const nothing: AgreementDocument[] = [{ id: 'd', text: TEXT, layers: { ann: [], bob: [] } }]
    expect(tokenCohenKappa(nothing, ['ann', 'bob']).overall).toMatchObject({ value: null, notDefined: 'one-category', n: 5 })
    expect(tokenKrippendorffAlpha(nothing, ['ann', 'bob']).overall).toMatchObject({ value: null, notDefined: 'one-category' })
    expect(tokenCohenKappa([], ['ann', 'bob']).overall).toMatchObject({ value: null, notDefined: 'no-data', n: 0 })
    expect(tokenFleissKappa([], ['ann', 'bob', 'cem']).overall).toMatchObject({ value: null, notDefined: 'no-data' })
    expect(tokenFleissKappa(nothing, ['ann']).overall).toMatchObject({ value: null, notDefined: 'too-few-annotators' })
    expect(tokenKrippendorffAlpha(nothing, ['ann']).overall).toMatchObject({ value: null, notDefined: 'too-few-annotators' })
  })

  it('Fleiss’ κ for two annotators matches a hand-computed case (it is Scott’s π then)', () => {
    // Same tokens as above, 5 items × 2 raters: P̄ = 4/5; p_actor = 3/10, p_none = 5/10, p_place = 2/10;
    // P̄ₑ = 0.09 + 0.25 + 0.04 = 0.38; κ = (0.8 − 0.38)/0.62 = 0.6774.
    const documents: AgreementDocument[] = [{ id: 'd1', text: TEXT, layers: { ann, bob } }]
    expect(tokenFleissKappa(documents, ['ann', 'bob']).overall.value).toBeCloseTo(0.42 / 0.62, 12)
  })

  it('are 1 for identical layers, symmetric in the annotators and blind to document order', () => {
    fc.assert(
      fc.property(twoLayerCorpus, (documents) => {
        const identical = copyLayer(documents, 'ann', ['ann', 'bob', 'cem'])
        for (const figure of [
          tokenCohenKappa(identical, ['ann', 'bob']).overall,
          tokenFleissKappa(identical, ['ann', 'bob', 'cem']).overall,
          tokenKrippendorffAlpha(identical, ['ann', 'bob', 'cem']).overall
        ]) {
          if (figure.value === null) expect(figure.notDefined).toBe('one-category')
          else expect(figure.value).toBeCloseTo(1, 12)
        }
        const swapped = swapLayers(documents)
        const reversed = [...documents].reverse()
        for (const measure of [
          (corpus: AgreementDocument[]) => tokenCohenKappa(corpus, ['ann', 'bob']),
          (corpus: AgreementDocument[]) => tokenFleissKappa(corpus, ['ann', 'bob']),
          (corpus: AgreementDocument[]) => tokenKrippendorffAlpha(corpus, ['ann', 'bob'])
        ]) {
          const reference = measure(documents)
          for (const other of [measure(swapped), measure(reversed)]) {
            expect(other.overall.notDefined).toBe(reference.overall.notDefined)
            expect(other.overall.value ?? 0).toBeCloseTo(reference.overall.value ?? 0, 9)
            expect(Object.keys(other.perTag)).toEqual(Object.keys(reference.perTag))
          }
        }
      })
    )
  })

  it('tallied by label combination, equal the same measures fed token by token (with a third annotator missing documents)', () => {
    fc.assert(
      fc.property(twoLayerCorpus, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), (documents, cemAnnotated) => {
        // cem's layer is ann's with each span's tag moved on by one, on the documents cem annotated.
        const tags = ['actor', 'claim', 'place']
        const corpus = documents.map((document, index) => ({
          ...document,
          layers: cemAnnotated[index] ? { ...document.layers, cem: (document.layers['ann'] ?? []).map((span) => ({ ...span, tag: tags[(tags.indexOf(span.tag) + 1) % tags.length] ?? span.tag })) } : document.layers
        }))
        const annotators = ['ann', 'bob', 'cem']
        const perToken = (tag?: string) =>
          corpus.flatMap((document) => {
            const tokens = documentTokens(document)
            const layers = annotators.map((annotator) => (document.layers[annotator] ? labelTokens(tokens, document.layers[annotator] ?? []) : null))
            return tokens.map((_token, index) => layers.map((layer) => (layer === null ? null : labelOf(layer, index, tag))))
          })
        const tagsUsed = [...new Set(corpus.flatMap((document) => Object.values(document.layers).flat().map((span) => span.tag)))]
        for (const tag of [undefined, ...tagsUsed]) {
          const units = perToken(tag)
          const pair = units.map(([a, b]) => [a as string, b as string])
          const expectSame = (actual: { value: number | null; n: number; notDefined: string | null } | undefined, expected: { value: number | null; n: number; notDefined: string | null }) => {
            expect([actual?.n, actual?.notDefined]).toEqual([expected.n, expected.notDefined])
            expect(actual?.value ?? 0).toBeCloseTo(expected.value ?? 0, 9)
          }
          // Each measure reports the tags its annotators used; the others are compared where they are reported.
          const cohen = tokenCohenKappa(corpus, ['ann', 'bob'])
          if (tag === undefined || cohen.perTag[tag]) expectSame(tag === undefined ? cohen.overall : cohen.perTag[tag], cohenKappa(pair.map(([a]) => a as string), pair.map(([, b]) => b as string)))
          const alpha = tokenKrippendorffAlpha(corpus, annotators)
          if (tag === undefined || alpha.perTag[tag]) expectSame(tag === undefined ? alpha.overall : alpha.perTag[tag], krippendorffAlpha(units))
          const every = corpus.filter((document) => annotators.every((annotator) => document.layers[annotator]))
          const fleiss = tokenFleissKappa(every, annotators)
          const complete = units.filter((labels) => labels.every((label) => label !== null)) as string[][]
          if (tag === undefined || fleiss.perTag[tag]) expectSame(tag === undefined ? fleiss.overall : fleiss.perTag[tag], fleissKappa(complete))
        }
      })
    )
  })
})
