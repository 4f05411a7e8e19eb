import type { AdjudicationStretch } from '@core/shared/model/adjudication'
import { useT } from '../i18n/I18nProvider'
import { mergeBoundaries } from './merge-boundaries'
import { SpanLine } from './SpanLine'
import type { PendingDecision, ReviewChoice } from './use-review'

interface ReviewStretchProps {
  stretch: AdjudicationStretch
  /** Its place among its document's disagreements (from 0), and how many there are. */
  index: number
  count: number
  title: string
  annotators: readonly string[]
  pending: PendingDecision | undefined
  tagLabel(tagId: string): string
  onDecide(choice: ReviewChoice, spans: AdjudicationStretch['curated']): void
  onWrite(): void
  onStep(step: 1 | -1): void
}

/**
 * One disagreement: its text where it stands, each annotator's version drawn over it, what the curated layer holds
 * there and who decided it, and the decisions: a version, the boundaries merged, none, or one written by hand.
 */
export function ReviewStretch({ stretch, index, count, title, annotators, pending, tagLabel, onDecide, onWrite, onStep }: ReviewStretchProps) {
  const { t, list, dateTime } = useT()
  const merged = mergeBoundaries(stretch.versions)
  const curated = pending ? pending.spans : stretch.curated
  const line = (spans: AdjudicationStretch['curated']) => <SpanLine text={stretch.context.text} offset={stretch.start} spans={spans} tagLabel={tagLabel} />
  const named = (spans: AdjudicationStretch['curated']) =>
    spans.length === 0 ? t('review.nothingMarked') : list(spans.map((span) => t('review.spanNamed', { tag: tagLabel(span.tag), start: span.start, end: span.end })))
  const { decision } = stretch
  const status = pending
    ? t('review.saving')
    : decision === null
      ? t('review.undecided')
      : t(decision.kind === 'accept' ? 'review.decidedAccept' : 'review.decidedSpans', { annotator: decision.annotator ?? '', by: decision.by || t('review.someone'), at: dateTime(decision.at) })
  return (
    <section className="review-stretch" aria-labelledby="review-stretch-heading" aria-busy={pending ? true : undefined}>
      <div className="review-stretch-head">
        <h3 id="review-stretch-heading" className="view-heading">
          {t('review.stretchHeading', { index: index + 1, count, title })}
        </h3>
        <div className="review-step">
          <button type="button" onClick={() => onStep(-1)} aria-keyshortcuts="K ArrowUp" title={t('review.previousTitle')}>
            {t('review.previous')}
          </button>
          <button type="button" onClick={() => onStep(1)} aria-keyshortcuts="J ArrowDown" title={t('review.nextTitle')}>
            {t('review.next')}
          </button>
        </div>
      </div>
      <p className="view-note">
        {t('review.where', { start: stretch.start, end: stretch.end, differs: list(stretch.kinds.map((kind) => t(`views.agreement.kind.${kind}`))) })}
      </p>
      <blockquote className="review-context">
        <span className="review-context-side">{stretch.context.before && `…${stretch.context.before}`}</span>
        <mark className="review-context-text">{stretch.context.text}</mark>
        <span className="review-context-side">{stretch.context.after && `${stretch.context.after}…`}</span>
      </blockquote>
      <ol className="review-versions">
        {annotators.map((annotator, at) => {
          const spans = stretch.versions[annotator]
          const chosen = pending?.choice.kind === 'accept' ? pending.choice.annotator === annotator : decision?.kind === 'accept' && decision.annotator === annotator
          return (
            <li key={annotator} className="review-version" data-chosen={chosen || undefined}>
              <div className="review-version-head">
                <span className="review-who">
                  <kbd aria-hidden="true">{at + 1}</kbd> <bdi>{annotator}</bdi>
                </span>
                {spans ? (
                  <button type="button" disabled={pending !== undefined} aria-keyshortcuts={at < 9 ? String(at + 1) : undefined} onClick={() => onDecide({ kind: 'accept', annotator }, spans)}>
                    {t('review.accept', { annotator })}
                  </button>
                ) : (
                  <span className="view-note">{t('views.agreement.notAnnotated')}</span>
                )}
              </div>
              {spans && line(spans)}
              {spans && <p className="review-spans-named">{named(spans)}</p>}
            </li>
          )
        })}
        <li className="review-version review-curated" data-pending={pending ? true : undefined}>
          <div className="review-version-head">
            <span className="review-who">{t('review.curated')}</span>
            <span className="review-status" role="status">
              {status}
            </span>
          </div>
          {line(curated)}
          <p className="review-spans-named">{named(curated)}</p>
        </li>
      </ol>
      <div className="review-actions" role="group" aria-label={t('review.actions')}>
        <button type="button" disabled={pending !== undefined} aria-keyshortcuts="M" title={t('review.mergeTitle', { spans: named(merged) })} onClick={() => onDecide({ kind: 'spans', spans: merged }, merged)}>
          {t('review.merge')}
        </button>
        <button type="button" disabled={pending !== undefined} aria-keyshortcuts="0" onClick={() => onDecide({ kind: 'spans', spans: [] }, [])}>
          {t('review.none')}
        </button>
        <button type="button" disabled={pending !== undefined} onClick={onWrite}>
          {t('review.write')}
        </button>
      </div>
    </section>
  )
}
