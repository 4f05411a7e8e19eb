import type { AttributeFigures, CoveredFigureSet, FigureSet, PairAgreement, ProjectAgreement, SpanFigures } from '../shared/model/agreement'
import type { TagDefinition } from '../shared/model/project'
import type { ProjectStore } from '../store/project-store'
import { attributeAgreement } from './attribute-agreement'
import { spanConfusion, tagSwaps, tokenConfusion } from './confusion'
import { tagsUsed } from './corpus'
import { disagreements } from './disagreements'
import { readSample, type AgreementQuery } from './project-sample'
import type { Reader } from '../layers/blind-reads'
import { spanAgreement, type SpanAgreement } from './span-scores'
import { tokenCohenKappa, tokenFleissKappa, tokenKrippendorffAlpha, type TokenAgreement } from './token-agreement'
import { documentTokens } from './token-labels'
import { notDefined, type AgreementDocument, type Figure } from './types'
import { unitizingAlpha } from './unitizing-alpha'

export type { AgreementQuery } from './project-sample'

/** A choice attribute of a compared tag: agreement on its values is reported for each pair. */
interface ChoiceAttribute {
  tag: string
  attribute: string
  label: string
}

/**
 * Agreement among annotators over a project: per tag and overall, every measure of ./index with its method
 * and n. Documents at least two of the annotators annotated are the sample; each pairwise measure then uses
 * those both of its pair annotated (see each `coverage`). docs/agreement.md describes the figures.
 */
export async function projectAgreement(store: ProjectStore, query: AgreementQuery, reader: Reader): Promise<ProjectAgreement> {
  const { annotators, documents, leftOut } = await readSample(store, query, reader)
  const tagIds = query.tags ? [...new Set(query.tags)].sort() : tagsUsed(documents, annotators)
  const tagSet = new Map(store.info.tags.map((tag) => [tag.id, tag]))
  const attributes = choiceAttributes(tagIds.flatMap((id) => tagSet.get(id) ?? []))
  const pairs: PairAgreement[] = []
  for (let i = 0; i < annotators.length; i += 1) {
    for (let j = i + 1; j < annotators.length; j += 1) {
      pairs.push(pairAgreement(documents, [annotators[i] as string, annotators[j] as string], tagIds, attributes))
    }
  }
  const spans: Record<string, number> = Object.fromEntries(annotators.map((annotator) => [annotator, 0]))
  for (const document of documents) for (const annotator of annotators) spans[annotator] = (spans[annotator] ?? 0) + (document.layers[annotator]?.length ?? 0)
  const unitizing = unitizingAlpha(documents, annotators)
  return {
    annotators,
    tags: tagIds.map((id) => ({ id, label: tagSet.get(id)?.label ?? id })),
    documentsUsed: documents.map((document) => document.id),
    documentsLeftOut: leftOut,
    sample: {
      documents: documents.length,
      tokens: documents.reduce((sum, document) => sum + documentTokens(document).length, 0),
      characters: documents.reduce((sum, document) => sum + document.text.length, 0),
      spans,
      annotators: annotators.length
    },
    pairs,
    fleissKappa: annotators.length >= 3 ? covered(tokenFleissKappa(documents, annotators), tagIds) : null,
    krippendorffAlpha: covered(tokenKrippendorffAlpha(documents, annotators), tagIds),
    unitizingAlpha: { ...complete({ overall: unitizing.overall, perTag: Object.fromEntries(Object.entries(unitizing.perTag).map(([tag, { method, value, notDefined: reason, n, unit }]) => [tag, { method, value, notDefined: reason, n, unit }])) }, tagIds), coverage: unitizing.coverage },
    disagreements: disagreements(documents, annotators)
  }
}

function pairAgreement(documents: readonly AgreementDocument[], pair: [string, string], tagIds: readonly string[], attributes: readonly ChoiceAttribute[]): PairAgreement {
  const exact = spanAgreement(documents, pair, 'exact')
  const spanTable = spanConfusion(documents, pair)
  return {
    annotators: pair,
    coverage: exact.coverage,
    spanExact: spanFigures(exact, tagIds),
    spanOverlap: spanFigures(spanAgreement(documents, pair, 'overlap'), tagIds),
    cohenKappa: complete(tokenCohenKappa(documents, pair), tagIds),
    tokenConfusion: tokenConfusion(documents, pair),
    spanConfusion: spanTable,
    tagSwaps: tagSwaps(spanTable),
    attributes: attributes.map(({ tag, attribute, label }): AttributeFigures => {
      const result = attributeAgreement(documents, pair, attribute, [tag])
      return { tag, attribute, label, observed: result.observed, cohenKappa: result.cohenKappa, krippendorffAlpha: result.krippendorffAlpha, spanPairs: result.pairs, pairsWithoutValue: result.pairsWithoutValue }
    })
  }
}

function spanFigures(agreement: SpanAgreement, tagIds: readonly string[]): SpanFigures {
  const pick = (which: 'precision' | 'recall' | 'f1'): FigureSet =>
    complete({ overall: agreement.overall[which], perTag: Object.fromEntries(Object.entries(agreement.perTag).map(([tag, scores]) => [tag, scores[which]])) }, tagIds)
  return { precision: pick('precision'), recall: pick('recall'), f1: pick('f1') }
}

function covered(agreement: TokenAgreement, tagIds: readonly string[]): CoveredFigureSet {
  return { ...complete(agreement, tagIds), coverage: agreement.coverage }
}

/** Every compared tag gets a figure, in tag order: a chosen tag no one used in the sample has nothing to compare. */
function complete(set: FigureSet, tagIds: readonly string[]): FigureSet {
  const missing = (): Figure => notDefined(set.overall.method, 'no-data', 0, set.overall.unit)
  return { overall: set.overall, perTag: Object.fromEntries(tagIds.map((tag) => [tag, set.perTag[tag] ?? missing()])) }
}

function choiceAttributes(tags: readonly TagDefinition[]): ChoiceAttribute[] {
  return tags.flatMap((tag) => tag.attributes.filter((attribute) => attribute.type === 'choice').map((attribute) => ({ tag: tag.id, attribute: attribute.id, label: attribute.label })))
}
