import { annotatorLayers } from '../agreement/annotator-layers'
import { agreedSpans, disagreements } from '../agreement/disagreements'
import { readSample, type AgreementQuery } from '../agreement/project-sample'
import type { Reader } from '../layers/blind-reads'
import type { AgreementDocument, AgreementSpan } from '../agreement/types'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { CURATED_AUTHOR, type AdjudicationDocument, type AdjudicationReview, type AdjudicationStretch, type CurationDecision } from '../shared/model/adjudication'
import type { DisagreementSpan } from '../shared/model/agreement'
import type { DocumentRecord } from '../shared/model/document'
import type { ProjectStore } from '../store/project-store'

/** Characters of text shown on each side of a stretch, so it reads where it stands. */
const CONTEXT = 80

/** The annotators and tags a review compares, as `readSample` settled them. */
export interface ReviewSelection {
  annotators: readonly string[]
  tags: ReadonlySet<string> | null
}

/** Refuses the curated layer among the annotators: it is what adjudication writes, not a version it weighs. */
export function assertNoCuratedAnnotator(query: AgreementQuery): void {
  if (query.annotators?.includes(CURATED_AUTHOR)) {
    throw new ApiError('invalid-input', said('problems.adjudication.curatedIsNoAnnotator', { name: CURATED_AUTHOR }))
  }
}

/**
 * The review of a selection: the documents at least two of the annotators annotated (as agreement samples them),
 * each with its disagreements and its curation so far. Unknown names, tags and documents fail as in agreement.
 */
export async function projectReview(store: ProjectStore, query: AgreementQuery, reader: Reader): Promise<AdjudicationReview> {
  assertNoCuratedAnnotator(query)
  // The records come with the sample: each document is read once.
  const { annotators, records } = await readSample(store, query, reader, { keepRecords: true })
  const selection: ReviewSelection = { annotators, tags: query.tags ? new Set(query.tags) : null }
  const reviewed = records.map((record) => documentReview(record, selection))
  return {
    annotators,
    documents: reviewed,
    decided: reviewed.reduce((sum, document) => sum + document.decided, 0),
    total: reviewed.reduce((sum, document) => sum + document.stretches.length, 0)
  }
}

/** One document's review: its disagreements among the selection, what the curated layer holds at each, and the decisions. */
export function documentReview(record: DocumentRecord, selection: ReviewSelection): AdjudicationDocument {
  const sample = sampleOf(record, selection)
  const present = selection.annotators.filter((annotator) => Object.hasOwn(sample.layers, annotator))
  const decisions = record.curation ?? []
  const curated = curatedSpans(record, selection.tags)
  const stretches: AdjudicationStretch[] = disagreements([sample], selection.annotators).map((found) => ({
    ...found,
    curated: curated.filter((span) => within(span, found)),
    decision: decisionFor(decisions, found),
    context: {
      before: record.text.slice(Math.max(0, found.start - CONTEXT), found.start),
      text: record.text.slice(found.start, found.end),
      after: record.text.slice(found.end, found.end + CONTEXT)
    }
  }))
  return {
    documentId: record.id,
    title: record.title,
    annotators: present,
    agreed: present.length >= 2 ? agreedSpans(present.map((annotator) => plain(sample.layers[annotator] ?? []))).length : 0,
    agreedTaken: decisions.some((decision) => decision.kind === 'agreed'),
    stretches,
    decided: stretches.filter((stretch) => stretch.decision !== null).length
  }
}

/** The document as agreement reads it: the selection's annotators' spans of the selected tags. */
export function sampleOf(record: DocumentRecord, { annotators, tags }: ReviewSelection): AgreementDocument {
  const layers: Record<string, readonly AgreementSpan[]> = {}
  for (const [annotator, spans] of annotatorLayers(record.annotations)) {
    if (annotators.includes(annotator)) layers[annotator] = tags ? spans.filter((span) => tags.has(span.tag)) : spans
  }
  return { id: record.id, text: record.text, layers }
}

/** The curated layer's spans of the selected tags, in reading order. */
export function curatedSpans(record: DocumentRecord, tags: ReadonlySet<string> | null): DisagreementSpan[] {
  return record.annotations
    .filter((annotation) => annotation.author === CURATED_AUTHOR && (!tags || tags.has(annotation.tag)))
    .map(({ start, end, tag }) => ({ start, end, tag }))
    .sort((a, b) => a.start - b.start || a.end - b.end)
}

/** The latest decision (other than taking the agreed spans) whose extent covers the stretch. */
function decisionFor(decisions: readonly CurationDecision[], stretch: { start: number; end: number }): CurationDecision | null {
  for (let index = decisions.length - 1; index >= 0; index -= 1) {
    const decision = decisions[index] as CurationDecision
    if (decision.kind !== 'agreed' && decision.start <= stretch.start && stretch.end <= decision.end) return decision
  }
  return null
}

export function within(span: { start: number; end: number }, stretch: { start: number; end: number }): boolean {
  return stretch.start <= span.start && span.end <= stretch.end
}

function plain(spans: readonly AgreementSpan[]): DisagreementSpan[] {
  return spans.map(({ start, end, tag }) => ({ start, end, tag }))
}
