import { layerOf, sharedDocuments } from './corpus'
import { cohenKappa, COHEN_METHOD } from './kappa'
import { krippendorffAlpha, ALPHA_METHOD } from './krippendorff-alpha'
import { exactMatching } from './span-match'
import { defined, notDefined, type AgreementDocument, type AgreementSpan, type Coverage, type Figure } from './types'

/**
 * Agreement on one attribute (a choice such as stance; any value is compared as a category) over the spans
 * both annotators marked: pairs of spans with the same start, end and tag. A pair where either span has no
 * value for the attribute is not compared (counted in `pairsWithoutValue`); n counts the compared pairs
 * (for α: their values, two per pair).
 */
export interface AttributeAgreement {
  attribute: string
  /** Share of compared pairs with the same value. */
  observed: Figure
  cohenKappa: Figure
  krippendorffAlpha: Figure
  /** Exact-match pairs found, compared or not. */
  pairs: number
  pairsWithoutValue: number
  /** Documents one of the two has not annotated are left out. */
  coverage: Coverage
}

export function attributeAgreement(
  documents: readonly AgreementDocument[],
  annotators: readonly [string, string],
  attribute: string,
  tags?: readonly string[]
): AttributeAgreement {
  const { shared, coverage } = sharedDocuments(documents, annotators)
  const inScope = (span: AgreementSpan): boolean => tags === undefined || tags.includes(span.tag)
  const first: string[] = []
  const second: string[] = []
  let pairs = 0
  for (const document of shared) {
    const matching = exactMatching((layerOf(document, annotators[0]) ?? []).filter(inScope), (layerOf(document, annotators[1]) ?? []).filter(inScope))
    for (const pair of matching.pairs) {
      pairs += 1
      const a = pair.first.attributes?.[attribute]
      const b = pair.second.attributes?.[attribute]
      if (a === undefined || b === undefined) continue
      first.push(String(a))
      second.push(String(b))
    }
  }
  const scope = `attribute “${attribute}” on exact-match span pairs`
  const n = first.length
  const same = first.filter((value, index) => value === second[index]).length
  return {
    attribute,
    observed: n === 0 ? notDefined(`observed agreement, ${scope}`, 'no-data', 0, 'span pairs') : defined(`observed agreement, ${scope}`, same / n, n, 'span pairs'),
    cohenKappa: cohenKappa(first, second, `${COHEN_METHOD}, ${scope}`, 'span pairs'),
    krippendorffAlpha: krippendorffAlpha(
      first.map((value, index) => [value, second[index] ?? null]),
      `${ALPHA_METHOD}, ${scope}`
    ),
    pairs,
    pairsWithoutValue: pairs - n,
    coverage
  }
}
