import type { AdjudicationDocument } from '@core/shared/model/adjudication'
import { useT } from '../i18n/I18nProvider'

interface ReviewDocumentsProps {
  documents: readonly AdjudicationDocument[]
  current: string | null
  onOpen(documentId: string): void
}

/** How far a document's curation has come: its disagreements decided, and its agreed spans taken or not. */
export function documentProgress(document: AdjudicationDocument, t: ReturnType<typeof useT>['t']): string {
  const decided = document.stretches.length === 0 ? t('review.noDisagreements') : t('review.decidedOf', { decided: document.decided, total: document.stretches.length })
  const agreed = document.agreed === 0 ? t('review.agreedNone') : t(document.agreedTaken ? 'review.agreedTaken' : 'review.agreedNotTaken', { count: document.agreed })
  return `${decided} · ${agreed}`
}

/** The documents of the review, each with its progress; the current one is marked, one click opens another. */
export function ReviewDocuments({ documents, current, onOpen }: ReviewDocumentsProps) {
  const { t } = useT()
  return (
    <nav className="review-documents" aria-label={t('review.documents')}>
      <ul>
        {documents.map((document) => {
          const done = document.decided === document.stretches.length && (document.agreedTaken || document.agreed === 0)
          return (
            <li key={document.documentId}>
              <button
                type="button"
                className="review-document"
                aria-current={document.documentId === current ? 'true' : undefined}
                data-done={done || undefined}
                onClick={() => onOpen(document.documentId)}
              >
                <bdi className="review-document-title">{document.title}</bdi>
                <span className="review-document-progress">
                  {done && <span className="review-done">{t('review.done')} · </span>}
                  {documentProgress(document, t)}
                </span>
                <progress max={Math.max(document.stretches.length, 1)} value={document.stretches.length === 0 ? 1 : document.decided} aria-hidden="true" />
              </button>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
