import type { DocumentStatus } from '@core/model/document'
import { STATUS_LABELS, STATUS_ORDER, type DocumentView, type SortKey } from './document-view'

const SORT_LABELS: Record<SortKey, string> = { order: 'Project order', status: 'Status', source: 'Source', date: 'Date', title: 'Title' }

interface DocumentListControlsProps {
  view: DocumentView
  sources: readonly string[]
  onChange(view: DocumentView): void
}

/** Filter by words, status and outlet; sort by a field, either way. */
export function DocumentListControls({ view, sources, onChange }: DocumentListControlsProps) {
  const set = (changes: Partial<DocumentView>) => onChange({ ...view, ...changes })
  return (
    <div className="document-controls" role="search" aria-label="Filter and sort documents">
      <input
        type="search"
        className="document-filter-text"
        aria-label="Filter documents by title, source or author"
        placeholder="Filter documents"
        value={view.text}
        onChange={(event) => set({ text: event.target.value })}
      />
      <div className="document-controls-row">
        <label>
          Status
          <select value={view.status} onChange={(event) => set({ status: event.target.value as DocumentStatus | 'all' })}>
            <option value="all">All</option>
            {STATUS_ORDER.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Source
          <select value={view.source} onChange={(event) => set({ source: event.target.value })}>
            <option value="all">All</option>
            {sources.map((source) => (
              <option key={source} value={source}>
                {source || 'Unknown source'}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="document-controls-row">
        <label>
          Sort by
          <select value={view.sort} onChange={(event) => set({ sort: event.target.value as SortKey })}>
            {(Object.keys(SORT_LABELS) as SortKey[]).map((key) => (
              <option key={key} value={key}>
                {SORT_LABELS[key]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="sort-direction"
          aria-label={view.direction === 'asc' ? 'Ascending: switch to descending' : 'Descending: switch to ascending'}
          onClick={() => set({ direction: view.direction === 'asc' ? 'desc' : 'asc' })}
        >
          {view.direction === 'asc' ? '↑ Asc' : '↓ Desc'}
        </button>
      </div>
    </div>
  )
}
