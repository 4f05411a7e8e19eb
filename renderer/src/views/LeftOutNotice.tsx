import type { ReactNode } from 'react'
import type { LeftOutDocument } from '@core/shared/model/views'
import { useProjectState } from '../store/context'
import { useT } from '../i18n/I18nProvider'

/** Documents named one by one; past these, the notice says how many more. */
const NAMED = 5

interface LeftOutNoticeProps {
  leftOut: readonly LeftOutDocument[]
  onOpenDocument(documentId: string): void
}

/**
 * The articles a corpus view could not read, above its results: counts missing an article say so, name
 * it and why. An article the document list holds opens in the reader, which shows what is wrong with it.
 */
export function LeftOutNotice({ leftOut, onOpenDocument }: LeftOutNoticeProps) {
  const { t, rich } = useT()
  const documents = useProjectState((state) => state.documents)
  if (leftOut.length === 0) return null
  const listed = new Set(documents.map((d) => d.id))
  const named = leftOut.slice(0, NAMED).map((document, index): ReactNode => {
    const open = (chunks: ReactNode[]): ReactNode =>
      listed.has(document.documentId) ? (
        <button key="open" type="button" className="left-out-open" title={t('views.leftOut.open')} onClick={() => onOpenDocument(document.documentId)}>
          {chunks}
        </button>
      ) : (
        <bdi key="open">{chunks}</bdi>
      )
    // The sentence closes the parenthesis and ends itself: a reason's own full stop would double it.
    const reason = document.reason.replace(/\.\s*$/u, '')
    const parts =
      document.title === undefined
        ? rich<ReactNode>('views.leftOut.untitled', { id: document.documentId, reason, open })
        : rich<ReactNode>('views.leftOut.document', { title: document.title, reason, open })
    return (
      <span key={document.documentId}>
        {index > 0 && t('views.leftOut.separator')}
        {parts}
      </span>
    )
  })
  const rest = leftOut.length - named.length
  const listedNames = rest > 0 ? rich<ReactNode>('views.leftOut.more', { documents: <span key="named">{named}</span>, count: rest }) : named
  return (
    <div className="view-left-out" role="note" aria-label={t('views.leftOut.label')}>
      {rich<ReactNode>('views.leftOut.notice', { count: leftOut.length, documents: <span key="documents">{listedNames}</span> })}
    </div>
  )
}
