import type { ReactNode } from 'react'
import type { TagDefinition } from '@core/model/project'
import { TagToolbar } from './TagToolbar'

interface TopBarProps {
  projectName: string
  mode: 'desktop' | 'browser'
  tags: readonly TagDefinition[]
  saving: boolean
  onApplyTag(tagId: string): void
  onOpenExport(): void
  onImport?(): void
  /** More controls for the right-hand group (history, tags, shortcuts, theme). */
  extra?: ReactNode
}

export function TopBar({ projectName, mode, tags, saving, onApplyTag, onOpenExport, onImport, extra }: TopBarProps) {
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-name">Tessera</span>
        <span className="project-name">{projectName}</span>
      </div>
      <TagToolbar tags={tags} onApply={onApplyTag} />
      <div className="top-actions">
        {extra}
        <span className="save-state" role="status" aria-live="polite">
          {saving ? 'Saving…' : 'All changes saved'}
        </span>
        {onImport && (
          <button type="button" className="import-button" onClick={onImport} title="Import articles from files, a folder or the clipboard">
            Import…
          </button>
        )}
        <button type="button" className="export-button" onClick={onOpenExport} title="JSONL, CSV, W3C, brat, CoNLL or spaCy; choose documents, tags and annotators">
          Export…
        </button>
        {mode === 'browser' && (
          <span className="mode-badge" title="Served by `tessera serve` on this computer only">
            Browser mode
          </span>
        )}
      </div>
    </header>
  )
}
