import type { Annotation } from '../shared/model/annotation'
import type { DocumentRecord } from '../shared/model/document'
import { inReadingOrder as annotationsInReadingOrder } from '../shared/model/reading-order'
import { createCodePointCounter } from '../shared/text/code-points'
import type { OffsetUnit } from '../shared/exports/options'

/** Converts the store's UTF-16 offsets into `unit` for one document's text. */
export function offsetConverter(text: string, unit: OffsetUnit): (utf16Offset: number) => number {
  return unit === 'codepoint' ? createCodePointCounter(text) : (offset) => offset
}

/** An annotation with its offsets in an export's unit and the exact text it covers. */
export interface ConvertedSpan {
  annotation: Annotation
  start: number
  end: number
  text: string
}

/** A document's annotations in reading order, offsets converted to `unit` (JSONL, spaCy and CSV write these). */
export function convertedSpans(document: DocumentRecord, unit: OffsetUnit, annotations: readonly Annotation[] = inReadingOrder(document)): ConvertedSpan[] {
  const convert = offsetConverter(document.text, unit)
  return annotations.map((annotation) => ({ annotation, start: convert(annotation.start), end: convert(annotation.end), text: spanText(document, annotation) }))
}

/** A document's annotations in reading order (model/reading-order.ts: the one rule). */
export function inReadingOrder(document: DocumentRecord): Annotation[] {
  return annotationsInReadingOrder(document.annotations)
}

/** The exact text an annotation covers (taken from the document, never from the stored quote). */
export function spanText(document: DocumentRecord, annotation: Annotation): string {
  return document.text.slice(annotation.start, annotation.end)
}

/**
 * Where spans overlap, keeps one: the tag earlier in `priority` wins, then the longer span, then the
 * earlier one. Returns the kept spans in reading order and how many were left out.
 */
export function withoutOverlaps(
  annotations: readonly Annotation[],
  priority: readonly string[]
): { kept: Annotation[]; leftOut: Annotation[] } {
  const rank = (tag: string): number => {
    const index = priority.indexOf(tag)
    return index === -1 ? priority.length : index
  }
  const byPreference = [...annotations].sort(
    (a, b) => rank(a.tag) - rank(b.tag) || b.end - b.start - (a.end - a.start) || a.start - b.start || a.id.localeCompare(b.id)
  )
  const kept: Annotation[] = []
  const leftOut: Annotation[] = []
  for (const candidate of byPreference) {
    if (kept.some((k) => k.start < candidate.end && candidate.start < k.end)) leftOut.push(candidate)
    else kept.push(candidate)
  }
  kept.sort((a, b) => a.start - b.start)
  return { kept, leftOut }
}
