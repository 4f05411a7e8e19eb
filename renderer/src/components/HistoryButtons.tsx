import type { HistoryState } from '@core/api-types'
import { ariaKeys, displayKeys, SHORTCUTS } from '../shortcuts'

interface HistoryButtonsProps {
  history: HistoryState
  busy: boolean
  onUndo(): void
  onRedo(): void
}

function hint(shortcutId: string): string {
  return SHORTCUTS.find((s) => s.id === shortcutId)?.keys.map(displayKeys).join(' or ') ?? ''
}

/** Undo and Redo, named by what they would do ("Undo tag ‘Hama’ as Place") in their tooltips. */
export function HistoryButtons({ history, busy, onUndo, onRedo }: HistoryButtonsProps) {
  return (
    <div className="history-group" role="group" aria-label="History">
      <button
        type="button"
        onClick={onUndo}
        disabled={!history.canUndo || busy}
        title={`${history.undoLabel ?? 'Nothing to undo'} (${hint('undo')})`}
        aria-keyshortcuts={ariaKeys('undo')}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={onRedo}
        disabled={!history.canRedo || busy}
        title={`${history.redoLabel ?? 'Nothing to redo'} (${hint('redo')})`}
        aria-keyshortcuts={ariaKeys('redo')}
      >
        Redo
      </button>
    </div>
  )
}
