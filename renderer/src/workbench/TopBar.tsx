import { useT } from '../i18n/I18nProvider'
import { DisconnectedNotice } from '../reliability/DisconnectedNotice'
import { ariaKeys } from '../keyboard/shortcuts'
import { useMediaQuery } from '../shared/use-media-query'
import { useActions, useProjectState } from '../store/context'
import { saveStatus } from '../store/save-status'
import type { ThemeChoice } from './use-theme'
import { AppMenu } from './AppMenu'
import { HistoryButtons } from './HistoryButtons'
import { TagToolbar } from '../tags/TagToolbar'
import '../styles/top-bar.css'

/** Below this width the bar keeps one line of actions: Find, Import and Export move into the Menu. */
export const COMPACT_BAR_QUERY = '(max-width: 760px)'

interface TopBarProps {
  projectName: string
  mode: 'desktop' | 'browser'
  theme: ThemeChoice
  onApplyTag(tagId: string): void
  onFind(): void
  onImport(): void
  onOpenExport(): void
  onOpenProjects(): void
  onOpenSettings(): void
  onOpenTags(): void
  onOpenFields(): void
  onShowShortcuts(): void
  onTheme(choice: ThemeChoice): void
}

/**
 * The top bar, in groups: who and where (brand, project, save state), tagging (one button per tag),
 * editing (undo, redo, find), files (import, export), then a Menu for what is used now and then
 * (projects, settings, tags, shortcuts, theme). Every control is a real button in the tab order with
 * its keys in `aria-keyshortcuts`; the groups wrap onto more lines on a narrow window instead of
 * scrolling sideways.
 */
export function TopBar(props: TopBarProps) {
  const { projectName, mode, theme } = props
  const translator = useT()
  const { t } = translator
  const tags = useProjectState((state) => state.tags)
  const history = useProjectState((state) => state.history)
  const historyBusy = useProjectState((state) => state.historyMoves > 0)
  const connected = useProjectState((state) => state.connected)
  const writesInFlight = useProjectState((state) => state.writesInFlight)
  const savedAt = useProjectState((state) => state.savedAt)
  const projectLoaded = useProjectState((state) => state.projectLoaded)
  // Read once per list change: whether anything is stored yet (after a reload, "No changes yet" would mislead).
  const hasSavedContent = useProjectState((state) => state.documents.some((d) => d.annotationCount > 0))
  const save = saveStatus(translator, { connected, writesInFlight, savedAt, projectLoaded }, hasSavedContent)
  const actions = useActions()
  const compact = useMediaQuery(COMPACT_BAR_QUERY)
  const files = [
    { label: t('shell.find'), onSelect: props.onFind, keys: ariaKeys('find') },
    { label: t('shell.import'), onSelect: props.onImport },
    { label: t('shell.export'), onSelect: props.onOpenExport }
  ]
  return (
    <header className={compact ? 'top-bar top-bar-compact' : 'top-bar'}>
      <div className="brand">
        <span className="brand-name">Tessera</span>
        <span className="project-name">{projectName}</span>
        <span className={`save-state save-state-${save.state}`} data-testid="save-state">
          {save.text}
        </span>
      </div>
      <TagToolbar tags={tags} onApply={props.onApplyTag} />
      <div className="top-actions">
        <div className="top-group" role="group" aria-label={t('shell.editing')}>
          <HistoryButtons history={history} busy={historyBusy} onUndo={() => actions.moveInHistory('undo')} onRedo={() => actions.moveInHistory('redo')} />
          {!compact && (
            <button type="button" onClick={props.onFind} aria-keyshortcuts={ariaKeys('find')}>
              {t('shell.find')}
            </button>
          )}
        </div>
        {!compact && <div className="top-group" role="group" aria-label={t('shell.files')}>
          <button type="button" className="import-button" onClick={props.onImport} title={t('shell.import.title')}>
            {t('shell.import')}
          </button>
          <button type="button" className="export-button" onClick={props.onOpenExport} title={t('shell.export.title')}>
            {t('shell.export')}
          </button>
        </div>}
        <AppMenu
          theme={theme}
          onTheme={props.onTheme}
          actions={[
            ...(compact ? files : []),
            { label: t('shell.projects'), onSelect: props.onOpenProjects, keys: ariaKeys('projects') },
            { label: t('shell.projectSettings'), onSelect: props.onOpenSettings, keys: ariaKeys('projectSettings') },
            { label: t('shell.tags'), onSelect: props.onOpenTags },
            { label: t('shell.documentFields'), onSelect: props.onOpenFields },
            { label: t('shell.keyboardShortcuts'), onSelect: props.onShowShortcuts, keys: ariaKeys('shortcuts') }
          ]}
        />
        {mode === 'browser' && !compact && (
          <span className="mode-badge" title={t('shell.browserMode.title')}>
            {t('shell.browserMode')}
          </span>
        )}
      </div>
      <DisconnectedNotice />
    </header>
  )
}
