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
  return (
    <div className="document-selection" role="group" aria-label="Checked documents">
      <span className="document-selection-count">{count} checked</span>
      <button type="button" className="danger" onClick={onDelete} aria-keyshortcuts={ariaKeys('deleteDocuments')}>
        Delete…
      </button>
      {count < shownCount && (
        <button type="button" onClick={onCheckAll}>
          Check all {shownCount}
        </button>
      )}
      <button type="button" onClick={onClear}>
        Uncheck
      </button>
    </div>
  )
}
