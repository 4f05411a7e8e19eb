import { layerOf, sharedDocuments, tagsUsed } from './corpus'
import { cohenKappaCounted, COHEN_METHOD, fleissKappaCounted, FLEISS_METHOD, type CountedItem } from './kappa'
import { addUnit, alphaFromCoincidences, ALPHA_METHOD, type Coincidences } from './krippendorff-alpha'
import { documentTokens, labelOf, labelTokens, type TokenLabels } from './token-labels'
import type { AgreementSpan } from './types'
import { notDefined, type AgreementDocument, type Coverage, type Figure } from './types'

/**
 * A token-level coefficient, overall (each token's one label, see `labelTokens`) and per tag (each tag
 * alone: a token is that tag or not, so nested and overlapping spans of other tags do not hide it).
 * n counts tokens (κ) or pairable values (α).
 */
export interface TokenAgreement {
  overall: Figure
  perTag: Record<string, Figure>
  coverage: Coverage
}

interface LabelledDocument {
  document: AgreementDocument
  /** Per annotator, in the order given; null where the annotator has not annotated the document. */
  layers: (TokenLabels | null)[]
}

// Each measure and each pair labels the same layers: a layer's labels are computed once per spans list.
const labelsByLayer = new WeakMap<readonly AgreementSpan[], TokenLabels>()

function labelled(documents: readonly AgreementDocument[], annotators: readonly string[]): LabelledDocument[] {
  return documents.map((document) => {
    const tokens = documentTokens(document)
    return {
      document,
      layers: annotators.map((annotator) => {
        const spans = layerOf(document, annotator)
        if (spans === undefined) return null
        let labels = labelsByLayer.get(spans)
        if (!labels) labelsByLayer.set(spans, (labels = labelTokens(tokens, spans)))
        return labels
      })
    }
  })
}

/**
 * The tokens of `data` tallied by the labels the annotators give each (overall, or for `tag` alone; null for an
 * annotator with no layer in the document). Every measure here depends on a token only through its labels, so
 * it reads a few dozen combinations with their counts instead of a million tokens one by one.
 */
function tallied(data: readonly LabelledDocument[], tag?: string): CountedItem<string | null>[] {
  const codes = new Map<string | null, number>()
  const labels: (string | null)[] = []
  const code = (label: string | null): number => {
    let found = codes.get(label)
    if (found === undefined) {
      codes.set(label, (found = labels.length))
      labels.push(label)
    }
    return found
  }
  const counts = new Map<string, number>()
  for (const { layers } of data) {
    const count = layers.find((layer) => layer !== null)?.labels.length ?? 0
    const row: number[] = layers.map(() => 0)
    for (let token = 0; token < count; token += 1) {
      layers.forEach((layer, index) => (row[index] = code(layer === null ? null : labelOf(layer, token, tag))))
      const key = String.fromCharCode(...row)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return [...counts].map(([key, count]) => ({ labels: Array.from({ length: key.length }, (_unused, index) => labels[key.charCodeAt(index)] ?? null), count }))
}

/** The tally of documents every annotator annotated (what the κ measures read): no label is missing. */
function complete(items: CountedItem<string | null>[]): CountedItem[] {
  return items.map(({ labels, count }) => ({
    labels: labels.map((label) => {
      if (label === null) throw new Error('a κ measure was given a document an annotator has not annotated')
      return label
    }),
    count
  }))
}

/** Cohen's κ between two annotators on the tokens of the documents both annotated (the others are left out). */
export function tokenCohenKappa(documents: readonly AgreementDocument[], annotators: readonly [string, string]): TokenAgreement {
  const { shared, coverage } = sharedDocuments(documents, annotators)
  const data = labelled(shared, annotators)
  const tags = tagsUsed(shared, annotators)
  const method = `${COHEN_METHOD}, token labels`
  return {
    overall: cohenKappaCounted(complete(tallied(data)), method),
    perTag: Object.fromEntries(tags.map((tag) => [tag, cohenKappaCounted(complete(tallied(data, tag)), method)])),
    coverage
  }
}

/** Fleiss' κ among all `annotators` on the tokens of the documents every one of them annotated. */
export function tokenFleissKappa(documents: readonly AgreementDocument[], annotators: readonly string[]): TokenAgreement {
  if (annotators.length < 2) return tooFewAnnotators(`${FLEISS_METHOD}, token labels`, documents)
  const { shared, coverage } = sharedDocuments(documents, annotators)
  const data = labelled(shared, annotators)
  const tags = tagsUsed(shared, annotators)
  const method = `${FLEISS_METHOD}, token labels`
  return {
    overall: fleissKappaCounted(complete(tallied(data)), method),
    perTag: Object.fromEntries(tags.map((tag) => [tag, fleissKappaCounted(complete(tallied(data, tag)), method)])),
    coverage
  }
}

/**
 * Krippendorff's α (nominal) on token labels, any number of annotators. Missing data as the method defines
 * it: each token is a unit, and an annotator who has not annotated the document has no value for its tokens;
 * a token with fewer than two values drops out. So only documents with fewer than two annotators are left out.
 */
export function tokenKrippendorffAlpha(documents: readonly AgreementDocument[], annotators: readonly string[]): TokenAgreement {
  if (annotators.length < 2) return tooFewAnnotators(`${ALPHA_METHOD}, token labels`, documents)
  const data = labelled(documents, annotators).filter(({ layers }) => layers.filter((layer) => layer !== null).length >= 2)
  const kept = new Set(data.map(({ document }) => document))
  const coverage: Coverage = {
    documents: data.length,
    documentsLeftOut: documents.filter((document) => !kept.has(document)).map((document) => document.id)
  }
  const tags = tagsUsed([...kept], annotators)
  const method = `${ALPHA_METHOD}, token labels`
  const coincidences = (tag?: string): Coincidences => {
    const matrix: Coincidences = new Map()
    for (const { labels, count } of tallied(data, tag)) addUnit(matrix, labels, count)
    return matrix
  }
  return {
    overall: alphaFromCoincidences(coincidences(), method),
    perTag: Object.fromEntries(tags.map((tag) => [tag, alphaFromCoincidences(coincidences(tag), method)])),
    coverage
  }
}

function tooFewAnnotators(method: string, documents: readonly AgreementDocument[]): TokenAgreement {
  return { overall: notDefined(method, 'too-few-annotators', 0, 'tokens'), perTag: {}, coverage: { documents: 0, documentsLeftOut: documents.map((document) => document.id) } }
}
