import { useId, useState } from 'react'
import type { ProjectAgreement } from '@core/shared/model/agreement'
import { useT } from '../i18n/I18nProvider'
import { useProjectState } from '../store/context'
import { disagreementTarget } from './agreement-model'
import type { OpenSpan } from './span-target'

/** Rows drawn at first; the rest on request. */
const ROWS_PAGE = 100

/** Each stretch where the layers differ: its document, what differs, each annotator's version; one click opens the text there. */
export function AgreementDisagreements({ result, onOpenSpan }: { result: ProjectAgreement; onOpenSpan: OpenSpan }) {
  const { t, list } = useT()
  const headingId = useId()
  const [shown, setShown] = useState(ROWS_PAGE)
  const documents = useProjectState((state) => state.documents)
  const titles = new Map(documents.map((document) => [document.id, document.title]))
  const tagLabel = new Map(result.tags.map((tag) => [tag.id, tag.label]))
  const rows = result.disagreements
  return (
    <section className="view-section">
      <h3 id={headingId} className="view-heading">
        {t('views.agreement.disagreements', { count: rows.length })}
      </h3>
      {rows.length === 0 && <p className="view-note">{t('views.agreement.noDisagreements')}</p>}
      {rows.length > 0 && (
        <div className="table-scroller" tabIndex={0} role="group" aria-labelledby={headingId}>
          <table className="view-table agreement-disagreements">
            <thead>
              <tr>
                <th scope="col">{t('views.agreement.column.document')}</th>
                <th scope="col">{t('views.agreement.column.differs')}</th>
                {result.annotators.map((annotator) => (
                  <th key={annotator} scope="col">
                    <bdi>{annotator}</bdi>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map((row) => (
                <tr key={`${row.documentId}/${row.start}/${row.end}`}>
                  <td>
                    <button type="button" className="row-button" title={t('views.agreement.openTitle')} onClick={() => onOpenSpan(disagreementTarget(row, result.annotators))}>
                      <bdi>{titles.get(row.documentId) ?? row.documentId}</bdi>
                    </button>
                    <span className="view-aliases">{t('views.agreement.where', { start: row.start, end: row.end })}</span>
                  </td>
                  <td>{list(row.kinds.map((kind) => t(`views.agreement.kind.${kind}`)))}</td>
                  {result.annotators.map((annotator) => {
                    const spans = row.versions[annotator]
                    const text = row.missing.includes(annotator) || !spans
                      ? t('views.agreement.notAnnotated')
                      : spans.length === 0
                        ? t('views.agreement.nothing')
                        : list(spans.map((span) => t('views.agreement.version', { tag: tagLabel.get(span.tag) ?? span.tag, start: span.start, end: span.end })))
                    return (
                      // No <bdi> around the whole: the message isolates the tag, and the offsets then read in the interface's direction.
                      <td key={annotator} className={spans && spans.length > 0 ? 'nowrap' : 'muted'}>
                        {text}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > shown && (
        <button type="button" className="view-more" onClick={() => setShown((count) => count + ROWS_PAGE)}>
          {t('views.agreement.more', { count: rows.length - shown })}
        </button>
      )}
    </section>
  )
}
