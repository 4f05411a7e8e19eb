import { layerOf, sharedDocuments, tagsUsed } from './corpus'
import { cohenKappa, COHEN_METHOD, fleissKappa, FLEISS_METHOD } from './kappa'
import { addUnit, alphaFromCoincidences, ALPHA_METHOD, type Coincidences } from './krippendorff-alpha'
import { documentTokens, labelOf, labelTokens, type TokenLabels } from './token-labels'
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

function labelled(documents: readonly AgreementDocument[], annotators: readonly string[]): LabelledDocument[] {
  return documents.map((document) => {
    const tokens = documentTokens(document)
    return {
      document,
      layers: annotators.map((annotator) => {
        const spans = layerOf(document, annotator)
        return spans === undefined ? null : labelTokens(tokens, spans)
      })
    }
  })
}

/** Cohen's κ between two annotators on the tokens of the documents both annotated (the others are left out). */
export function tokenCohenKappa(documents: readonly AgreementDocument[], annotators: readonly [string, string]): TokenAgreement {
  const { shared, coverage } = sharedDocuments(documents, annotators)
  const data = labelled(shared, annotators)
  const tags = tagsUsed(shared, annotators)
  const column = (which: 0 | 1, tag?: string): string[] =>
    data.flatMap(({ layers }) => {
      const layer = layers[which] as TokenLabels
      return tag === undefined ? layer.labels : layer.labels.map((_label, index) => labelOf(layer, index, tag))
    })
  const method = `${COHEN_METHOD}, token labels`
  return {
    overall: cohenKappa(column(0), column(1), method),
    perTag: Object.fromEntries(tags.map((tag) => [tag, cohenKappa(column(0, tag), column(1, tag), method)])),
    coverage
  }
}

/** Fleiss' κ among all `annotators` on the tokens of the documents every one of them annotated. */
export function tokenFleissKappa(documents: readonly AgreementDocument[], annotators: readonly string[]): TokenAgreement {
  if (annotators.length < 2) return tooFewAnnotators(`${FLEISS_METHOD}, token labels`, documents)
  const { shared, coverage } = sharedDocuments(documents, annotators)
  const data = labelled(shared, annotators)
  const tags = tagsUsed(shared, annotators)
  function* items(tag?: string): Generator<string[]> {
    for (const { layers } of data) {
      const present = layers as TokenLabels[]
      const count = present[0]?.labels.length ?? 0
      for (let token = 0; token < count; token += 1) yield present.map((layer) => labelOf(layer, token, tag))
    }
  }
  const method = `${FLEISS_METHOD}, token labels`
  return {
    overall: fleissKappa(items(), method),
    perTag: Object.fromEntries(tags.map((tag) => [tag, fleissKappa(items(tag), method)])),
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
    for (const { layers } of data) {
      const count = layers.find((layer) => layer !== null)?.labels.length ?? 0
      for (let token = 0; token < count; token += 1) {
        addUnit(
          matrix,
          layers.map((layer) => (layer === null ? null : labelOf(layer, token, tag)))
        )
      }
    }
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
