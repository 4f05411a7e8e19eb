import type { AgreementDocument, AgreementSpan, Coverage } from './types'

/** The documents every one of `annotators` has annotated, and the ids of the others (missing data). */
export function sharedDocuments(
  documents: readonly AgreementDocument[],
  annotators: readonly string[]
): { shared: AgreementDocument[]; coverage: Coverage } {
  const shared: AgreementDocument[] = []
  const documentsLeftOut: string[] = []
  for (const document of documents) {
    if (annotators.every((annotator) => layerOf(document, annotator) !== undefined)) shared.push(document)
    else documentsLeftOut.push(document.id)
  }
  return { shared, coverage: { documents: shared.length, documentsLeftOut } }
}

/** An annotator's spans in a document, or undefined when they have not annotated it. */
export function layerOf(document: AgreementDocument, annotator: string): readonly AgreementSpan[] | undefined {
  return Object.hasOwn(document.layers, annotator) ? document.layers[annotator] : undefined
}

/** Every tag any of `annotators` used in `documents`, sorted, so tables and lists come out in one order. */
export function tagsUsed(documents: readonly AgreementDocument[], annotators: readonly string[]): string[] {
  const tags = new Set<string>()
  for (const document of documents) {
    for (const annotator of annotators) for (const span of layerOf(document, annotator) ?? []) tags.add(span.tag)
  }
  return [...tags].sort()
}

export function byPosition(a: AgreementSpan, b: AgreementSpan): number {
  return a.start - b.start || a.end - b.end || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0)
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}
