import type { AdjudicationDocument } from '@core/shared/model/adjudication'
import type { DisagreementSpan } from '@core/shared/model/agreement'
import type { TagDefinition } from '@core/shared/model/project'
import { useT } from '../i18n/I18nProvider'
import { ReviewStretch } from './ReviewStretch'
import { ReviewWriter } from './ReviewWriter'
import type { ReviewPlace } from './review-walk'
import { stretchKey, type PendingDecision, type ReviewChoice } from './use-review'

interface ReviewCurrentProps {
  document: AdjudicationDocument
  place: ReviewPlace
  annotators: readonly string[]
  tags: readonly TagDefinition[]
  writing: boolean
  pending: ReadonlyMap<string, PendingDecision>
  tagLabel(tagId: string): string
  onWrite(writing: boolean): void
  onChoose(choice: ReviewChoice, spans: DisagreementSpan[]): void
  onStep(step: 1 | -1): void
  onTakeAgreed(): void
}

/** The current document's part of the review: taking its agreed spans, and its current disagreement (or writing one). */
export function ReviewCurrent({ document, place, annotators, tags, writing, pending, tagLabel, onWrite, onChoose, onStep, onTakeAgreed }: ReviewCurrentProps) {
  const { t } = useT()
  const stretch = document.stretches[place.index]
  const takingAgreed = pending.has(`${document.documentId}:agreed`)
  const offerAgreed = !document.agreedTaken && (document.agreed > 0 || document.stretches.length === 0)
  return (
    <div className="review-current">
      <h3 className="review-document-heading">
        <bdi>{document.title}</bdi>
      </h3>
      {offerAgreed && (
        <div className="review-agreed">
          <p>{document.stretches.length === 0 ? t('review.agreedOnly', { count: document.agreed }) : t('review.agreedWaiting', { count: document.agreed })}</p>
          <button type="button" disabled={takingAgreed} onClick={onTakeAgreed}>
            {takingAgreed ? t('review.saving') : t('review.takeAgreed')}
          </button>
        </div>
      )}
      {document.agreedTaken && document.stretches.length === 0 && <p className="view-note">{t('review.agreedDone', { count: document.agreed })}</p>}
      {stretch && !writing && (
        <ReviewStretch
          stretch={stretch}
          index={place.index}
          count={document.stretches.length}
          title={document.title}
          annotators={annotators}
          pending={pending.get(stretchKey(document.documentId, stretch.start, stretch.end))}
          tagLabel={tagLabel}
          onDecide={onChoose}
          onWrite={() => onWrite(true)}
          onStep={onStep}
        />
      )}
      {stretch && writing && (
        <ReviewWriter
          key={stretchKey(document.documentId, stretch.start, stretch.end)}
          stretch={stretch}
          tags={tags}
          tagLabel={tagLabel}
          onSave={(spans) => onChoose({ kind: 'spans', spans }, spans)}
          onCancel={() => onWrite(false)}
        />
      )}
    </div>
  )
}
