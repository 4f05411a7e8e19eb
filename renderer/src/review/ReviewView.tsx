import { useMemo, useState } from 'react'
import type { AdjudicationReview } from '@core/shared/model/adjudication'
import type { DisagreementSpan } from '@core/shared/model/agreement'
import { useT } from '../i18n/I18nProvider'
import { useProjectState } from '../store/context'
import { AgreementChoices, type OfferedChoices } from '../views/AgreementChoices'
import { agreementQuery, ALL_CHOSEN, type AgreementChoice } from '../views/agreement-model'
import { ViewLoading } from '../views/ViewLoading'
import { mergeBoundaries } from './merge-boundaries'
import { ReviewCurrent } from './ReviewCurrent'
import { ReviewDocuments } from './ReviewDocuments'
import { nextUndecided, settlePlace, stepPlace, type ReviewPlace } from './review-walk'
import { stretchKey, useReview, type ReviewChoice } from './use-review'
import { useReviewKeys } from './use-review-keys'
import '../styles/review.css'

interface ReviewViewProps {
  onError(message: string): void
}

/**
 * Adjudication: the disagreements of the chosen annotators and tags, document by document, each decided into the
 * curated layer (the core's `adjudication.*`), with the progress per document and overall. Each decision is one undo step.
 */
export function ReviewView({ onError }: ReviewViewProps) {
  const { t } = useT()
  const tags = useProjectState((state) => state.tags)
  const [choice, setChoice] = useState<AgreementChoice>(ALL_CHOSEN)
  const query = useMemo(() => agreementQuery(choice), [choice])
  const { review, asked, error, pending, decide, takeAgreed } = useReview(query, onError)
  const [offered, setOffered] = useState<{ from: AdjudicationReview; choices: OfferedChoices } | null>(null)
  // What can be chosen comes from a review of everything (the core's defaults), so narrowing never hides the way back.
  if (asked === '{}' && review && offered?.from !== review) {
    const offeredTags = tags.map((tag) => ({ id: tag.id, label: tag.label }))
    setOffered({ from: review, choices: { annotators: review.annotators, tags: offeredTags, documentIds: review.documents.map((document) => document.documentId) } })
  }
  const [wanted, setWanted] = useState<ReviewPlace | null>(null)
  const [writing, setWriting] = useState(false)
  const place = review ? settlePlace(review, wanted) : null
  const document = place && review ? review.documents.find((found) => found.documentId === place.documentId) : undefined
  const stretch = place ? document?.stretches[place.index] : undefined
  const tagLabel = (tagId: string) => tags.find((tag) => tag.id === tagId)?.label ?? tagId

  function go(next: ReviewPlace) {
    setWriting(false)
    setWanted(next)
  }

  function step(by: 1 | -1) {
    if (review && place) go(stepPlace(review, place, by))
  }

  async function choose(choiceMade: ReviewChoice, spans: DisagreementSpan[]) {
    if (!review || !place || !stretch || pending.has(stretchKey(place.documentId, stretch.start, stretch.end))) return
    const decided = (other: ReviewPlace) => (other.documentId === place.documentId && other.index === place.index) || review.documents.find((d) => d.documentId === other.documentId)?.stretches[other.index]?.decision != null
    const after = nextUndecided(review, place, decided)
    setWriting(false)
    const done = await decide(place.documentId, stretch.start, stretch.end, choiceMade, spans)
    if (done) setWanted((current) => (current === wanted ? after : current))
  }

  const annotators = review?.annotators ?? []
  useReviewKeys(writing, {
    moveToDisagreement: step,
    acceptVersion(n) {
      const annotator = annotators[n - 1]
      const spans = annotator === undefined ? undefined : stretch?.versions[annotator]
      if (annotator !== undefined && spans) void choose({ kind: 'accept', annotator }, spans)
    },
    mergeVersions() {
      if (stretch) {
        const merged = mergeBoundaries(stretch.versions)
        void choose({ kind: 'spans', spans: merged }, merged)
      }
    },
    acceptNone: () => void choose({ kind: 'spans', spans: [] }, [])
  })

  return (
    <div className="corpus-view review-view">
      <div className="view-header">
        <h2 className="view-title">{t('review.title')}</h2>
        {review && (
          <p className="review-overall" role="status">
            {t('review.overall', { decided: review.decided, total: review.total, documents: review.documents.length })}
          </p>
        )}
      </div>
      {offered && <AgreementChoices offered={offered.choices} choice={choice} onChange={setChoice} />}
      {error && !review && (
        <div className="view-empty" role="status">
          <p>{error}</p>
          <p>{t('review.emptyHelp')}</p>
        </div>
      )}
      {error && review && <p className="view-error" role="alert">{error}</p>}
      {!review && !error && <ViewLoading text={t('review.loading')} />}
      {review && review.documents.length === 0 && <p className="view-note">{t('review.noDocuments')}</p>}
      {review && document && place && (
        <div className="review-layout">
          <ReviewDocuments documents={review.documents} current={document.documentId} onOpen={(documentId) => go({ documentId, index: 0 })} />
          <ReviewCurrent
            document={document}
            place={place}
            annotators={annotators}
            tags={tags}
            writing={writing}
            pending={pending}
            tagLabel={tagLabel}
            onWrite={setWriting}
            onChoose={(made, spans) => void choose(made, spans)}
            onStep={step}
            onTakeAgreed={() => void takeAgreed(document.documentId)}
          />
        </div>
      )}
    </div>
  )
}

