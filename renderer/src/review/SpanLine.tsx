import type { ReactNode } from 'react'
import type { DisagreementSpan } from '@core/shared/model/agreement'
import { segmentsOf } from './review-walk'

interface SpanLineProps {
  /** The stretch's text and where it starts in the document. */
  text: string
  offset: number
  spans: readonly DisagreementSpan[]
  tagLabel(tagId: string): string
}

/**
 * A stretch's text with one version's spans drawn over it: each span in its tag's colour, its tag's name written where
 * it starts (so colour is never the only sign), a span inside another drawn inside it. Each run carries its document
 * offset (`data-start`), so a selection in it maps back to the document.
 */
export function SpanLine({ text, offset, spans, tagLabel }: SpanLineProps) {
  return (
    <p className="review-line">
      {segmentsOf(text, offset, spans).map((segment) => {
        const labels = segment.starting.map((span) => (
          <span key={`${span.tag}/${span.start}/${span.end}`} className="review-label" data-tag={span.tag} data-label-of={span.start}>
            {tagLabel(span.tag)}
          </span>
        ))
        const run = (
          <span className="review-run" data-start={segment.start}>
            {segment.text}
          </span>
        )
        const drawn = segment.spans.reduceRight<ReactNode>(
          (inner, span) => (
            <mark className="review-mark" data-tag={span.tag}>
              {inner}
            </mark>
          ),
          run
        )
        return (
          <span key={segment.start} className="review-segment">
            {labels}
            {drawn}
          </span>
        )
      })}
    </p>
  )
}
