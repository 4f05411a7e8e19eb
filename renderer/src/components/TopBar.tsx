import type { ReactNode } from 'react'
import type { ExportFormat } from '@core/contract'
import type { TagDefinition } from '@core/model/project'
import { TagToolbar } from './TagToolbar'

interface TopBarProps {
  projectName: string
  mode: 'desktop' | 'browser'
  tags: readonly TagDefinition[]
  saving: boolean
  onApplyTag(tagId: string): void
  onExport(format: ExportFormat): void
  onImport?(): void
  /** More controls for the right-hand group (history, tags, shortcuts, theme). */
  extra?: ReactNode
}

export function TopBar({ projectName, mode, tags, saving, onApplyTag, onExport, onImport, extra }: TopBarProps) {
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
        <div className="export-group" role="group" aria-label="Export">
          <button type="button" onClick={() => onExport('jsonl')} title="One line per document, for Python and NLP pipelines">
            Export JSONL
          </button>
          <button type="button" onClick={() => onExport('csv')} title="One row per annotation, for spreadsheets">
            Export CSV
          </button>
        </div>
        {mode === 'browser' && (
          <span className="mode-badge" title="Served by `tessera serve` on this computer only">
            Browser mode
          </span>
        )}
      </div>
    </header>
  )
}
