import type { HistoryState } from '@core/shared/api-types'
import type { Translator } from '@core/shared/i18n/translator'
import { sayHistory } from '@core/shared/i18n/history-message'
import { useT } from '../i18n/I18nProvider'
import { ariaKeys, displayKeys, SHORTCUTS } from '../keyboard/shortcuts'

interface HistoryButtonsProps {
  history: HistoryState
  /** Undo or redo moves in flight (the buttons say so; presses still queue). */
  busy: boolean
  onUndo(): void
  onRedo(): void
}

/** The keys of a shortcut as its tooltip names them: "Ctrl+Shift+Z or Ctrl+Y". */
function hint(translator: Translator, shortcutId: string): string {
  return translator.list(SHORTCUTS.find((s) => s.id === shortcutId)?.keys.map(displayKeys) ?? [], 'disjunction')
}

/** Undo and Redo, named by what they would do ("Undo tag ‘Hama’ as Place") in their tooltips. */
export function HistoryButtons({ history, busy, onUndo, onRedo }: HistoryButtonsProps) {
  const translator = useT()
  const { t } = translator
  return (
    <div className="history-group" role="group" aria-label={t('shell.history')} aria-busy={busy}>
      <button
        type="button"
        onClick={onUndo}
        disabled={!history.canUndo}
        title={`${history.undoMessage ? sayHistory(translator, history.undoMessage) : t('shell.nothingToUndo')} (${hint(translator, 'undo')})`}
        aria-keyshortcuts={ariaKeys('undo')}
      >
        {t('shell.undo')}
      </button>
      <button
        type="button"
        onClick={onRedo}
        disabled={!history.canRedo}
        title={`${history.redoMessage ? sayHistory(translator, history.redoMessage) : t('shell.nothingToRedo')} (${hint(translator, 'redo')})`}
        aria-keyshortcuts={ariaKeys('redo')}
      >
        {t('shell.redo')}
      </button>
    </div>
  )
}
