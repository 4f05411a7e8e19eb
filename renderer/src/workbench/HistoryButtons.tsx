import type { HistoryState } from '@core/shared/api-types'
import { ariaKeys, displayKeys, SHORTCUTS } from '../keyboard/shortcuts'

interface HistoryButtonsProps {
  history: HistoryState
  /** Undo or redo moves in flight (the buttons say so; presses still queue). */
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
    <div className="history-group" role="group" aria-label="History" aria-busy={busy}>
      <button
        type="button"
        onClick={onUndo}
        disabled={!history.canUndo}
        title={`${history.undoLabel ?? 'Nothing to undo'} (${hint('undo')})`}
        aria-keyshortcuts={ariaKeys('undo')}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={onRedo}
        disabled={!history.canRedo}
        title={`${history.redoLabel ?? 'Nothing to redo'} (${hint('redo')})`}
        aria-keyshortcuts={ariaKeys('redo')}
      >
        Redo
      </button>
    </div>
  )
}
