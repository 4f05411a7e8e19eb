import { useMemo, useState } from 'react'
import type { ProjectAgreement } from '@core/shared/model/agreement'
import { errorText } from '../api/client'
import { useT } from '../i18n/I18nProvider'
import { useClient } from '../store/context'
import { AgreementChoices, type OfferedChoices } from './AgreementChoices'
import { AgreementConfusion } from './AgreementConfusion'
import { AgreementDisagreements } from './AgreementDisagreements'
import { AgreementFigures } from './AgreementFigures'
import { AgreementSample } from './AgreementSample'
import { agreementQuery, ALL_CHOSEN, type AgreementChoice } from './agreement-model'
import type { OpenSpan } from './span-target'
import { useCorpusView } from './use-corpus-view'
import { ViewLoading } from './ViewLoading'

interface AgreementViewProps {
  onOpenSpan: OpenSpan
  onExported(message: string): void
  onError(message: string): void
}

/**
 * Agreement between annotators over the chosen documents and tags, as the core computes it (the CLI's figures):
 * each figure with its method and n, the tags annotators swap, and the disagreements, each one click from the text.
 */
export function AgreementView({ onOpenSpan, onExported, onError }: AgreementViewProps) {
  const client = useClient()
  const translator = useT()
  const { t } = translator
  const [choice, setChoice] = useState<AgreementChoice>(ALL_CHOSEN)
  const [offered, setOffered] = useState<{ from: ProjectAgreement; choices: OfferedChoices } | null>(null)
  const [saving, setSaving] = useState(false)
  const query = useMemo(() => agreementQuery(choice), [choice])
  const asked = JSON.stringify(query)
  const answer = useCorpusView<{ asked: string; result: ProjectAgreement }>(`agreement:${asked}`, () =>
    client.call('agreement.compute', query).then(
      (result) => ({ asked, result }),
      (failure: unknown) => {
        // The core's message (one annotator only, an unknown tag) in the interface's language.
        throw new Error(errorText(failure, translator))
      }
    )
  )
  const data = answer.data?.result ?? null
  const { error } = answer
  // What can be chosen comes from an answer for everything (the core's defaults), so narrowing never hides the way back.
  const everything = answer.data?.asked === '{}' ? answer.data.result : null
  if (everything && offered?.from !== everything) {
    setOffered({ from: everything, choices: { annotators: everything.annotators, tags: everything.tags, documentIds: everything.documentsUsed } })
  }

  async function download(format: 'csv' | 'markdown') {
    setSaving(true)
    try {
      const outcome = await client.exportAgreementReport({ ...query, format })
      if (outcome.savedTo) onExported(t('views.agreement.saved', { file: outcome.savedTo }))
    } catch (failure) {
      onError(errorText(failure, translator))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div className="corpus-view agreement-view">
      <div className="view-header">
        <h2 className="view-title">{t('views.agreement.title')}</h2>
        <div className="view-actions">
          <button type="button" onClick={() => void download('csv')} disabled={saving || !data} title={t('views.agreement.csvTitle')}>
            {t('views.agreement.csv')}
          </button>
          <button type="button" onClick={() => void download('markdown')} disabled={saving || !data} title={t('views.agreement.markdownTitle')}>
            {t('views.agreement.markdown')}
          </button>
        </div>
      </div>
      {offered && <AgreementChoices offered={offered.choices} choice={choice} onChange={setChoice} />}
      {error && !data && (
        <div className="view-empty" role="status">
          <p>{error}</p>
          <p>{t('views.agreement.emptyHelp')}</p>
        </div>
      )}
      {error && data && <p className="view-error" role="alert">{error}</p>}
      {!data && !error && <ViewLoading text={t('views.agreement.loading')} />}
      {data && (
        <>
          <AgreementSample result={data} />
          <AgreementFigures result={data} />
          <AgreementConfusion result={data} />
          <AgreementDisagreements result={data} onOpenSpan={onOpenSpan} />
        </>
      )}
    </div>
  )
}
