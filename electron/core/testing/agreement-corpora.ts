import fc from 'fast-check'
import type { AgreementDocument, AgreementSpan } from '../agreement/types'

/** Test data: documents whose text is words and punctuation, and layers of random spans over it. */
const WORDS = ['Assad', 'forces', 'shelled', 'Hama', 'on', 'Tuesday', ',', '12', 'dead', '.', 'قال', '🙂']

export const textArbitrary: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 })
  .map((words) => words.join(' '))

export function spansArbitrary(length: number, tags: readonly string[] = ['actor', 'place', 'claim']): fc.Arbitrary<AgreementSpan[]> {
  return fc.array(
    fc.tuple(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: length }), fc.constantFrom(...tags)).map(([start, size, tag]) => ({
      start,
      end: Math.min(length, start + size),
      tag
    })),
    { maxLength: 5 }
  )
}

/** Documents with two layers drawn independently, and an id from their position. */
export const twoLayerCorpus: fc.Arbitrary<AgreementDocument[]> = fc.array(
  textArbitrary.chain((text) =>
    fc.tuple(spansArbitrary(text.length), spansArbitrary(text.length)).map(([first, second]) => ({ text, first, second }))
  ),
  { minLength: 1, maxLength: 4 }
).map((documents) => documents.map(({ text, first, second }, index) => ({ id: `d${index}`, text, layers: { ann: first, bob: second } })))

export function swapLayers(documents: readonly AgreementDocument[]): AgreementDocument[] {
  return documents.map((document) => ({ ...document, layers: { ann: document.layers['bob'] ?? [], bob: document.layers['ann'] ?? [] } }))
}

export function copyLayer(documents: readonly AgreementDocument[], from: string, names: readonly string[]): AgreementDocument[] {
  return documents.map((document) => ({ ...document, layers: Object.fromEntries(names.map((name) => [name, document.layers[from] ?? []])) }))
}
