import type { DocumentStatus } from '@core/shared/model/document'
import type { DocumentFieldDefinition } from '@core/shared/model/document-fields'
import { FieldFilterControl } from './FieldFilterControl'
import { STATUS_LABELS, STATUS_ORDER, type DocumentView, type SortDirection, type SortKey } from './document-view'

const SORT_LABELS: Record<SortKey, string> = { order: 'Project order', status: 'Status', source: 'Outlet', date: 'Date', title: 'Title' }

interface DocumentListControlsProps {
  view: DocumentView
  sources: readonly string[]
  /** The project's whole-article labels, offered as a filter. */
  fields?: readonly DocumentFieldDefinition[]
  onChange(view: DocumentView): void
}

/** Filter by words, status and outlet; sort by a field, either way. No buttons: the list's buttons are its documents. */
export function DocumentListControls({ view, sources, fields = [], onChange }: DocumentListControlsProps) {
  const set = (changes: Partial<DocumentView>) => onChange({ ...view, ...changes })
  return (
    <div className="document-controls" role="search" aria-label="Filter and sort documents">
      <input dir="auto"
        type="search"
        className="document-filter-text"
        aria-label="Filter documents by title, outlet or author"
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
              <option dir="auto" key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Outlet
          <select value={view.source} onChange={(event) => set({ source: event.target.value })}>
            <option value="all">All</option>
            {sources.map((source) => (
              <option dir="auto" key={source} value={source}>
                {source || 'Unknown outlet'}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FieldFilterControl definitions={fields} filter={view.field ?? null} onChange={(field) => set({ field })} />
      <div className="document-controls-row">
        <label>
          Sort by
          <select value={view.sort} onChange={(event) => set({ sort: event.target.value as SortKey })}>
            {(Object.keys(SORT_LABELS) as SortKey[]).map((key) => (
              <option dir="auto" key={key} value={key}>
                {SORT_LABELS[key]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Order
          <select value={view.direction} onChange={(event) => set({ direction: event.target.value as SortDirection })}>
            <option value="asc">Ascending</option>
            <option value="desc">Descending</option>
          </select>
        </label>
      </div>
    </div>
  )
}
