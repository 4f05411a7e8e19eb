import type { ReactNode } from 'react'
import type { TagDefinition } from '@core/model/project'
import type { SaveStatus } from '../state/use-save-status'
import { TagToolbar } from './TagToolbar'

interface TopBarProps {
  projectName: string
  mode: 'desktop' | 'browser'
  tags: readonly TagDefinition[]
  save: SaveStatus
  onApplyTag(tagId: string): void
  onOpenExport(): void
  onImport?(): void
  /** Undo and Redo. */
  history: ReactNode
  /** Find, beside the history. */
  find: ReactNode
  /** The menu of what is used now and then (projects, settings, tags, shortcuts, theme). */
  menu: ReactNode
}

/**
 * The top bar, in groups: who and where (brand, project, save state), tagging (one button per tag),
 * editing (undo, redo, find), files (import, export), then the menu. Every control is a real button
 * in the tab order; the groups wrap onto more lines on a narrow window instead of scrolling sideways.
 */
export function TopBar({ projectName, mode, tags, save, onApplyTag, onOpenExport, onImport, history, find, menu }: TopBarProps) {
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-name">Tessera</span>
        <span className="project-name">{projectName}</span>
        <span className={`save-state save-state-${save.state}`} data-testid="save-state">
          {save.text}
        </span>
      </div>
      <TagToolbar tags={tags} onApply={onApplyTag} />
      <div className="top-actions">
        <div className="top-group" role="group" aria-label="Editing">
          {history}
          {find}
        </div>
        <div className="top-group" role="group" aria-label="Files">
          {onImport && (
            <button type="button" className="import-button" onClick={onImport} title="Import articles from files, a folder or the clipboard">
              Import…
            </button>
          )}
          <button type="button" className="export-button" onClick={onOpenExport} title="JSONL, CSV, W3C, brat, CoNLL or spaCy; choose documents, tags and annotators">
            Export…
          </button>
        </div>
        {menu}
        {mode === 'browser' && (
          <span className="mode-badge" title="Served to this computer only">
            Browser mode
          </span>
        )}
      </div>
    </header>
  )
}
