import { useMemo } from 'react'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import type { DocumentStatus } from '@core/shared/model/document'
import type { SearchFilter, SearchKind } from '@core/shared/model/search'
import { STATUS_MESSAGES, STATUS_ORDER } from '../documents/document-view'
import { useT } from '../i18n/I18nProvider'
import { useProjectState } from '../store/context'

export const KIND_LABELS: Record<SearchKind, MessageKey> = {
  text: 'editor.search.kind.text',
  words: 'editor.search.kind.words',
  regex: 'editor.search.kind.regex'
}

interface CorpusSearchOptionsProps {
  kind: SearchKind
  onKind(kind: SearchKind): void
  /** Null when the search covers only the open document (no filter then). */
  filter: SearchFilter | null
  onFilter(filter: SearchFilter): void
}

/**
 * How the query is read (phrase, all words, regular expression) and, across the corpus, which
 * documents are searched: one outlet, one status, a date range (inclusive).
 */
export function CorpusSearchOptions({ kind, onKind, filter, onFilter }: CorpusSearchOptionsProps) {
  const { t } = useT()
  const documents = useProjectState((state) => state.documents)
  const outlets = useMemo(() => [...new Set(documents.map((d) => d.source).filter((s) => s !== ''))].sort((a, b) => a.localeCompare(b)), [documents])
  return (
    <div className="find-corpus-options">
      <label>
        {t('editor.search.searchFor')}{' '}
        <select value={kind} onChange={(event) => onKind(event.target.value as SearchKind)}>
          {(Object.keys(KIND_LABELS) as SearchKind[]).map((k) => (
            <option key={k} value={k}>
              {t(KIND_LABELS[k])}
            </option>
          ))}
        </select>
      </label>
      {filter && (
        <>
          <label>
            {t('editor.search.outlet')}{' '}
            <select
              value={filter.outlets?.[0] ?? ''}
              onChange={(event) => onFilter({ ...filter, outlets: event.target.value ? [event.target.value] : undefined })}
            >
              <option value="">{t('editor.search.anyOutlet')}</option>
              {outlets.map((outlet) => (
                <option key={outlet} value={outlet}>
                  {outlet}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('editor.search.status')}{' '}
            <select
              value={filter.statuses?.[0] ?? ''}
              onChange={(event) => onFilter({ ...filter, statuses: event.target.value ? [event.target.value as DocumentStatus] : undefined })}
            >
              <option value="">{t('editor.search.anyStatus')}</option>
              {STATUS_ORDER.map((status) => (
                <option key={status} value={status}>
                  {t(STATUS_MESSAGES[status])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('editor.search.from')}{' '}
            <input type="date" value={filter.from ?? ''} onChange={(event) => onFilter({ ...filter, from: event.target.value || undefined })} />
          </label>
          <label>
            {t('editor.search.to')} <input type="date" value={filter.to ?? ''} onChange={(event) => onFilter({ ...filter, to: event.target.value || undefined })} />
          </label>
        </>
      )}
    </div>
  )
}
