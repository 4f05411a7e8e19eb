import type { ProjectAgreement } from '@core/shared/model/agreement'
import { useT } from '../i18n/I18nProvider'

/** What the figures rest on: the documents, tokens and characters compared, each annotator's spans, and what was left out. */
export function AgreementSample({ result }: { result: ProjectAgreement }) {
  const { t, list } = useT()
  const { sample } = result
  const spans = list(result.annotators.map((annotator) => t('views.agreement.spansOf', { annotator, count: sample.spans[annotator] ?? 0 })))
  const fewer = result.documentsLeftOut.filter((document) => document.why === 'fewer-than-two-annotators').length
  const blind = result.documentsLeftOut.filter((document) => document.why === 'not-done-for-you').length
  const unreadable = result.documentsLeftOut.length - fewer - blind
  return (
    <div className="agreement-sample">
      <p role="status">
        {t('views.agreement.sample', { documents: sample.documents, tokens: sample.tokens, characters: sample.characters })} {t('views.agreement.spans', { spans })}
      </p>
      {fewer > 0 && <p className="view-note">{t('views.agreement.leftOutFewer', { count: fewer })}</p>}
      {blind > 0 && <p className="view-note">{t('views.agreement.leftOutBlind', { count: blind })}</p>}
      {unreadable > 0 && <p className="view-note view-error">{t('views.agreement.leftOutUnreadable', { count: unreadable })}</p>}
    </div>
  )
}
