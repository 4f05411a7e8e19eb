import type { AgreementTag } from '@core/shared/model/agreement'
import { useT } from '../i18n/I18nProvider'
import { useProjectState } from '../store/context'
import { isChosen, toggleChosen, type AgreementChoice } from './agreement-model'

export interface OfferedChoices {
  annotators: readonly string[]
  tags: readonly AgreementTag[]
  /** The documents at least two annotators annotated (the others could not be compared). */
  documentIds: readonly string[]
}

interface AgreementChoicesProps {
  offered: OfferedChoices
  choice: AgreementChoice
  onChange(choice: AgreementChoice): void
}

/** Which annotators, tags and documents to compare; each starts at all. The last two annotators, the last tag and document cannot be unticked. */
export function AgreementChoices({ offered, choice, onChange }: AgreementChoicesProps) {
  const { t } = useT()
  const documents = useProjectState((state) => state.documents)
  const titles = new Map(documents.map((document) => [document.id, document.title]))
  const part = (name: keyof AgreementChoice, ids: readonly string[], label: (id: string) => string, keep: number) => {
    const chosenCount = choice[name].length === 0 ? ids.length : choice[name].length
    return ids.map((id) => {
      const chosen = isChosen(choice[name], id)
      return (
        <label key={id} className="agreement-choice">
          <input
            type="checkbox"
            checked={chosen}
            disabled={chosen && chosenCount <= keep}
            onChange={() => onChange({ ...choice, [name]: toggleChosen(choice[name], ids, id) })}
          />
          <bdi>{label(id)}</bdi>
        </label>
      )
    })
  }
  const tagIds = offered.tags.map((tag) => tag.id)
  const tagLabels = new Map(offered.tags.map((tag) => [tag.id, tag.label]))
  const documentCount = choice.documentIds.length === 0 ? offered.documentIds.length : choice.documentIds.length
  return (
    <div className="agreement-choices">
      <fieldset className="agreement-choice-group">
        <legend>{t('views.agreement.annotators')}</legend>
        {part('annotators', offered.annotators, (id) => id, 2)}
      </fieldset>
      <fieldset className="agreement-choice-group">
        <legend>{t('views.agreement.tags')}</legend>
        {part('tags', tagIds, (id) => tagLabels.get(id) ?? id, 1)}
      </fieldset>
      <details className="agreement-documents">
        <summary>{t('views.agreement.documents', { chosen: documentCount, total: offered.documentIds.length })}</summary>
        <fieldset className="agreement-choice-group">
          <legend className="visually-hidden">{t('views.agreement.documentsLegend')}</legend>
          {part('documentIds', offered.documentIds, (id) => titles.get(id) ?? id, 1)}
        </fieldset>
      </details>
      <p className="view-note agreement-keep">{t('views.agreement.keep')}</p>
    </div>
  )
}
