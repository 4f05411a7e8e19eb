import { useT } from '../i18n/I18nProvider'
import { ariaKeys } from '../keyboard/shortcuts'

interface DocumentSelectionBarProps {
  count: number
  shownCount: number
  onDelete(): void
  onCheckAll(): void
  onClear(): void
}

/** Shown while documents are checked: how many, and what can be done with them. */
export function DocumentSelectionBar({ count, shownCount, onDelete, onCheckAll, onClear }: DocumentSelectionBarProps) {
  const { t } = useT()
  return (
    <div className="document-selection" role="group" aria-label={t('documents.selection')}>
      <span className="document-selection-count">{t('documents.selection.count', { count })}</span>
      <button type="button" className="danger" onClick={onDelete} aria-keyshortcuts={ariaKeys('deleteDocuments')}>
        {t('documents.selection.delete')}
      </button>
      {count < shownCount && (
        <button type="button" onClick={onCheckAll}>
          {t('documents.selection.checkAll', { count: shownCount })}
        </button>
      )}
      <button type="button" onClick={onClear}>
        {t('documents.selection.uncheck')}
      </button>
    </div>
  )
}
