import { useMemo } from 'react'
import type { DocumentStatus } from '@core/shared/model/document'
import type { SearchFilter, SearchKind } from '@core/shared/model/search'
import { STATUS_LABELS } from '../documents/document-view'
import { useProjectState } from '../store/context'

export const KIND_LABELS: Record<SearchKind, string> = {
  text: 'Phrase as typed',
  words: 'All words and "phrases"',
  regex: 'Regular expression'
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
  const documents = useProjectState((state) => state.documents)
  const outlets = useMemo(() => [...new Set(documents.map((d) => d.source).filter((s) => s !== ''))].sort((a, b) => a.localeCompare(b)), [documents])
  return (
    <div className="find-corpus-options">
      <label>
        Search for{' '}
        <select value={kind} onChange={(event) => onKind(event.target.value as SearchKind)}>
          {(Object.keys(KIND_LABELS) as SearchKind[]).map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      {filter && (
        <>
          <label>
            Outlet{' '}
            <select
              value={filter.outlets?.[0] ?? ''}
              onChange={(event) => onFilter({ ...filter, outlets: event.target.value ? [event.target.value] : undefined })}
            >
              <option value="">Any outlet</option>
              {outlets.map((outlet) => (
                <option key={outlet} value={outlet}>
                  {outlet}
                </option>
              ))}
            </select>
          </label>
          <label>
            Status{' '}
            <select
              value={filter.statuses?.[0] ?? ''}
              onChange={(event) => onFilter({ ...filter, statuses: event.target.value ? [event.target.value as DocumentStatus] : undefined })}
            >
              <option value="">Any status</option>
              {(Object.keys(STATUS_LABELS) as DocumentStatus[]).map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          </label>
          <label>
            From{' '}
            <input type="date" value={filter.from ?? ''} onChange={(event) => onFilter({ ...filter, from: event.target.value || undefined })} />
          </label>
          <label>
            To <input type="date" value={filter.to ?? ''} onChange={(event) => onFilter({ ...filter, to: event.target.value || undefined })} />
          </label>
        </>
      )}
    </div>
  )
}
