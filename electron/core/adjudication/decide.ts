import { assertValidSpan } from '../annotations/commands'
import { agreedSpans } from '../agreement/disagreements'
import { readSample, type AgreementQuery } from '../agreement/project-sample'
import { readerOf } from '../layers/blind-reads'
import type { CoreContext } from '../context'
import type { DocumentCommand } from '../documents/commands'
import { runAction } from '../history/actions'
import { shortQuote } from '../history/labels'
import { ApiError } from '../shared/errors'
import type { HistoryMessage } from '../shared/i18n/history-message'
import { said } from '../shared/i18n/said'
import { CURATED_AUTHOR, type AdjudicationDocument, type CurationDecision } from '../shared/model/adjudication'
import type { DisagreementSpan } from '../shared/model/agreement'
import type { DocumentRecord } from '../shared/model/document'
import { curatedAnnotation, sourceOf } from './curated-annotation'
import { assertNoCuratedAnnotator, documentReview, sampleOf, within, type ReviewSelection } from './review'

export type CurationChoice = { kind: 'accept'; annotator: string } | { kind: 'spans'; spans: DisagreementSpan[] }

export interface Decision extends AgreementQuery {
  documentId: string
  start: number
  end: number
  choice: CurationChoice
}

/** Appended at the end of the document's annotations (`restore` clamps the index to the length). */
const AT_END = Number.MAX_SAFE_INTEGER

/**
 * Decides one disagreement as one undo step: the curated layer's spans inside the stretch (of the reviewed tags, but
 * the agreed ones) give way to the chosen version, and the decision is recorded with who made it and when. The first
 * decision on a document also takes the spans every annotator agreed on.
 */
export async function decide(context: CoreContext, decision: Decision): Promise<AdjudicationDocument> {
  const { record, selection } = await readForCuration(context, decision)
  const review = documentReview(record, selection)
  const stretch = review.stretches.find((found) => found.start === decision.start && found.end === decision.end)
  if (!stretch) throw new ApiError('invalid-input', said('problems.adjudication.noSuchStretch', { start: decision.start, end: decision.end, title: record.title }))
  const { choice } = decision
  const chosen = choice.kind === 'accept' ? versionOf(stretch.versions, choice.annotator, record.title) : choice.spans
  for (const span of chosen) assertFits(record, span, stretch, context)

  const now = new Date().toISOString()
  const agreed = agreedOf(record, selection)
  const taking = review.agreedTaken ? null : takeAgreed(record, agreed, selection, context, now)
  const commands: DocumentCommand[] = [...(taking?.commands ?? [])]
  const isAgreed = (span: DisagreementSpan) => agreed.some((other) => same(other, span))
  const replaced = record.annotations.filter(
    (annotation) => annotation.author === CURATED_AUTHOR && within(annotation, stretch) && (!selection.tags || selection.tags.has(annotation.tag)) && !isAgreed(annotation)
  )
  for (const annotation of replaced) commands.push({ type: 'delete', annotationId: annotation.id })
  const kept = record.annotations.filter((annotation) => annotation.author === CURATED_AUTHOR && !replaced.includes(annotation))
  const added = [...kept.map(({ start, end, tag }) => ({ start, end, tag })), ...(taking?.added ?? [])]
  const preferred = choice.kind === 'accept' ? choice.annotator : undefined
  for (const span of unique(chosen).filter((span) => !added.some((other) => same(other, span)))) {
    commands.push(curatedCommand(record, span, selection, context, now, preferred))
  }
  const made: CurationDecision = { start: stretch.start, end: stretch.end, kind: choice.kind, ...(preferred ? { annotator: preferred } : {}), by: context.author, at: now }
  const before = [...(record.curation ?? []), ...(taking ? [taking.decision] : [])]
  const curation = [...before.filter((old) => old.kind === 'agreed' || old.start !== made.start || old.end !== made.end), made]
  commands.push({ type: 'setCuration', curation })
  const title = shortQuote(record.title)
  const message: HistoryMessage = preferred ? { key: 'history.adjudication.accept', values: { annotator: preferred, title } } : { key: 'history.adjudication.spans', values: { title } }
  await runAction(context, { message }, (action) => action.document(decision.documentId, commands))
  return documentReview(await context.store.getDocument(decision.documentId), selection)
}

/** Takes a document's agreed spans into its curated layer, as one undo step (nothing to take: no step). */
export async function takeAgreedSpans(context: CoreContext, query: AgreementQuery & { documentId: string }): Promise<AdjudicationDocument> {
  const { record, selection } = await readForCuration(context, query)
  if (!(record.curation ?? []).some((decision) => decision.kind === 'agreed')) {
    const taking = takeAgreed(record, agreedOf(record, selection), selection, context, new Date().toISOString())
    const commands: DocumentCommand[] = [...taking.commands, { type: 'setCuration', curation: [...(record.curation ?? []), taking.decision] }]
    await runAction(context, { message: { key: 'history.adjudication.agreed', values: { title: shortQuote(record.title) } } }, (action) =>
      action.document(query.documentId, commands)
    )
  }
  return documentReview(await context.store.getDocument(query.documentId), selection)
}

async function readForCuration(context: CoreContext, query: AgreementQuery & { documentId: string }): Promise<{ record: DocumentRecord; selection: ReviewSelection }> {
  assertNoCuratedAnnotator(query)
  const { annotators } = await readSample(context.store, { ...query, documentIds: [query.documentId] }, readerOf(context))
  const record = await context.store.getDocument(query.documentId)
  return { record, selection: { annotators, tags: query.tags ? new Set(query.tags) : null } }
}

function agreedOf(record: DocumentRecord, selection: ReviewSelection): DisagreementSpan[] {
  const sample = sampleOf(record, selection)
  const layers = selection.annotators.flatMap((annotator) => (Object.hasOwn(sample.layers, annotator) ? [sample.layers[annotator] ?? []] : []))
  return layers.length >= 2 ? agreedSpans(layers.map((spans) => spans.map(({ start, end, tag }) => ({ start, end, tag })))) : []
}

/** What puts the agreed spans the curated layer lacks into it, and the decision that records they were taken. */
function takeAgreed(record: DocumentRecord, agreed: DisagreementSpan[], selection: ReviewSelection, context: CoreContext, now: string) {
  const curated = record.annotations.filter((annotation) => annotation.author === CURATED_AUTHOR)
  const added = unique(agreed).filter((span) => !curated.some((annotation) => same(annotation, span)))
  const decision: CurationDecision = { start: 0, end: record.text.length, kind: 'agreed', by: context.author, at: now }
  return { commands: added.map((span) => curatedCommand(record, span, selection, context, now)), added, decision }
}

function curatedCommand(record: DocumentRecord, span: DisagreementSpan, selection: ReviewSelection, context: CoreContext, now: string, preferred?: string): DocumentCommand {
  const tag = context.store.info.tags.find((definition) => definition.id === span.tag)
  if (!tag) throw new ApiError('invalid-input', said('problems.annotations.unknownTag', { tag: span.tag, tags: context.store.info.tags.map((t) => `${t.label} (${t.id})`).join(', ') }))
  const source = sourceOf(record.annotations, span, selection.annotators, preferred)
  return { type: 'restore', annotation: curatedAnnotation(record.text, span, source, tag, context.author, now), index: AT_END, relations: [] }
}

function versionOf(versions: Record<string, DisagreementSpan[]>, annotator: string, title: string): DisagreementSpan[] {
  const version = Object.hasOwn(versions, annotator) ? versions[annotator] : undefined
  if (!version) throw new ApiError('invalid-input', said('problems.adjudication.noSuchVersion', { annotator, title, known: Object.keys(versions).join(', ') }))
  return version
}

function assertFits(record: DocumentRecord, span: DisagreementSpan, stretch: { start: number; end: number }, context: CoreContext): void {
  assertValidSpan(record.text, span.start, span.end)
  if (!within(span, stretch)) {
    throw new ApiError('invalid-input', said('problems.adjudication.spanOutside', { start: span.start, end: span.end, from: stretch.start, to: stretch.end }))
  }
  if (!context.store.info.tags.some((tag) => tag.id === span.tag)) {
    throw new ApiError('invalid-input', said('problems.annotations.unknownTag', { tag: span.tag, tags: context.store.info.tags.map((t) => `${t.label} (${t.id})`).join(', ') }))
  }
}

function same(a: DisagreementSpan, b: DisagreementSpan): boolean {
  return a.start === b.start && a.end === b.end && a.tag === b.tag
}

function unique(spans: readonly DisagreementSpan[]): DisagreementSpan[] {
  return spans.filter((span, index) => spans.findIndex((other) => same(other, span)) === index)
}
