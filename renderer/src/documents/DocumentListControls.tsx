import type { DocumentStatus } from '@core/shared/model/document'
import type { DocumentFieldDefinition } from '@core/shared/model/document-fields'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import { useT } from '../i18n/I18nProvider'
import { FieldFilterControl } from './FieldFilterControl'
import { STATUS_MESSAGES, STATUS_ORDER, type DocumentView, type SortDirection, type SortKey } from './document-view'

const SORT_LABELS: Record<SortKey, MessageKey> = {
  order: 'documents.controls.sort.order',
  status: 'documents.controls.sort.status',
  source: 'documents.controls.sort.source',
  date: 'documents.controls.sort.date',
  title: 'documents.controls.sort.title'
}

interface DocumentListControlsProps {
  view: DocumentView
  sources: readonly string[]
  /** The project's whole-article labels, offered as a filter. */
  fields?: readonly DocumentFieldDefinition[]
  onChange(view: DocumentView): void
}

/** Filter by words, status and outlet; sort by a field, either way. No buttons: the list's buttons are its documents. */
export function DocumentListControls({ view, sources, fields = [], onChange }: DocumentListControlsProps) {
  const { t } = useT()
  const set = (changes: Partial<DocumentView>) => onChange({ ...view, ...changes })
  return (
    <div className="document-controls" role="search" aria-label={t('documents.controls')}>
      <input dir="auto"
        type="search"
        className="document-filter-text"
        aria-label={t('documents.controls.text')}
        placeholder={t('documents.controls.textPlaceholder')}
        value={view.text}
        onChange={(event) => set({ text: event.target.value })}
      />
      <div className="document-controls-row">
        <label>
          {t('documents.controls.status')}
          <select value={view.status} onChange={(event) => set({ status: event.target.value as DocumentStatus | 'all' })}>
            <option value="all">{t('documents.controls.all')}</option>
            {STATUS_ORDER.map((status) => (
              <option dir="auto" key={status} value={status}>
                {t(STATUS_MESSAGES[status])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('documents.controls.outlet')}
          <select value={view.source} onChange={(event) => set({ source: event.target.value })}>
            <option value="all">{t('documents.controls.all')}</option>
            {sources.map((source) => (
              <option dir="auto" key={source} value={source}>
                {source || t('documents.unknownOutlet')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FieldFilterControl definitions={fields} filter={view.field ?? null} onChange={(field) => set({ field })} />
      <div className="document-controls-row">
        <label>
          {t('documents.controls.sortBy')}
          <select value={view.sort} onChange={(event) => set({ sort: event.target.value as SortKey })}>
            {(Object.keys(SORT_LABELS) as SortKey[]).map((key) => (
              <option dir="auto" key={key} value={key}>
                {t(SORT_LABELS[key])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('documents.controls.direction')}
          <select value={view.direction} onChange={(event) => set({ direction: event.target.value as SortDirection })}>
            <option value="asc">{t('documents.controls.ascending')}</option>
            <option value="desc">{t('documents.controls.descending')}</option>
          </select>
        </label>
      </div>
    </div>
  )
}
