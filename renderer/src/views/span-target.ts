import type { Translator } from '@core/shared/i18n/translator'

/** An annotation found by where it is, whose tag and whose it is (a view that knows spans, not ids). */
export interface SpanMatch {
  start: number
  end: number
  tag: string
  author: string
}

/** An annotation to show in the reader: its article, its id (or how to find it), and where it starts (if it is gone). */
export interface SpanTarget {
  documentId: string
  annotationId: string
  start: number
  match?: SpanMatch
}

export type OpenSpan = (target: SpanTarget) => void

/** What of an annotation a target is looked up by. */
export type LocatedAnnotation = { id: string } & Partial<SpanMatch>

/** The annotation a target names, among a document's: by id, else by its match. */
export function targetAnnotationId(target: SpanTarget, annotations: readonly LocatedAnnotation[]): string | null {
  if (annotations.some((a) => a.id === target.annotationId)) return target.annotationId
  const { match } = target
  if (!match) return null
  return annotations.find((a) => a.start === match.start && a.end === match.end && a.tag === match.tag && a.author === match.author)?.id ?? null
}

/** An outlet's name as shown: documents without a source are grouped under one label. */
export function outletLabel(outlet: string, { t }: Translator): string {
  return outlet || t('views.unknownOutlet')
}
