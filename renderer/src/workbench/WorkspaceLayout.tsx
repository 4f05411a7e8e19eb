import type { KeyboardEvent, ReactNode } from 'react'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import { useT } from '../i18n/I18nProvider'

export type PaneId = 'documents' | 'reader' | 'annotations'

/** Below this width the three panes no longer fit side by side; one shows at a time, chosen by tabs. */
export const NARROW_QUERY = '(max-width: 1099px)'

interface WorkspaceLayoutProps {
  narrow: boolean
  shown: PaneId
  onShow(pane: PaneId): void
  /** Null while not known yet (the project or the article still being read): the tab says so, not zero. */
  documentCount: number | null
  annotationCount: number | null
  documents: ReactNode
  /** The centre pane's content (the reader, or whatever view fills the centre). */
  reader: ReactNode
  /** The right pane: details of the selected annotation and the annotation list. */
  side: ReactNode
}

/**
 * The workbench's panes: three columns on a wide window; below `NARROW_QUERY` (a laptop split screen,
 * 200% zoom, a phone) a tab strip shows one pane at a time, so nothing is cut off and nothing scrolls
 * sideways (WCAG 1.4.10). Every pane stays in the page; only the hidden ones are out of view.
 */
export function WorkspaceLayout({ narrow, shown, onShow, documentCount, annotationCount, documents, reader, side }: WorkspaceLayoutProps) {
  const { t, number, direction } = useT()
  const tabs: { id: PaneId; label: string; count?: { value: number | null; said: MessageKey; pending: MessageKey } }[] = [
    { id: 'documents', label: t('shell.pane.documents'), count: { value: documentCount, said: 'shell.pane.documents.count', pending: 'shell.pane.documents.pending' } },
    { id: 'reader', label: t('shell.pane.reader') },
    { id: 'annotations', label: t('shell.pane.annotations'), count: { value: annotationCount, said: 'shell.pane.annotations.count', pending: 'shell.pane.annotations.pending' } }
  ]

  function onTabKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.id === shown)
    // The tabs run right to left in Arabic: the arrow pointing at the next tab moves to it.
    const [next, previous] = direction === 'rtl' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft']
    const to = event.key === next ? index + 1 : event.key === previous ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : null
    if (to === null) return
    event.preventDefault()
    const target = tabs[(to + tabs.length) % tabs.length]
    if (!target) return
    onShow(target.id)
    requestAnimationFrame(() => document.getElementById(`pane-tab-${target.id}`)?.focus())
  }

  const panel = (id: PaneId) =>
    narrow ? { role: 'tabpanel', 'aria-labelledby': `pane-tab-${id}`, hidden: shown !== id } : { hidden: false }

  return (
    <>
      {narrow && (
        <div className="pane-tabs" role="tablist" aria-label={t('shell.panes')} onKeyDown={onTabKeyDown}>
          {tabs.map((tab) => (
            <button
              key={tab.id}
              id={`pane-tab-${tab.id}`}
              type="button"
              role="tab"
              aria-selected={shown === tab.id}
              aria-controls={`pane-${tab.id}`}
              tabIndex={shown === tab.id ? 0 : -1}
              onClick={() => onShow(tab.id)}
            >
              {tab.count === undefined ? (
                tab.label
              ) : tab.count.value === null ? (
                <>
                  <span aria-hidden="true">{tab.label}</span> <span className="pane-count pane-count-pending" aria-hidden="true">{t('shell.pane.countPending')}</span>
                  <span className="visually-hidden">{t(tab.count.pending)}</span>
                </>
              ) : (
                <>
                  <span aria-hidden="true">{tab.label}</span> <span className="pane-count" aria-hidden="true">{number(tab.count.value)}</span>
                  <span className="visually-hidden">{t(tab.count.said, { count: tab.count.value })}</span>
                </>
              )}
            </button>
          ))}
        </div>
      )}
      <main className="workspace" data-layout={narrow ? 'tabs' : 'columns'}>
        <div className="pane-slot documents-slot" id="pane-documents" {...panel('documents')}>
          {documents}
        </div>
        <div className="pane-slot reader-slot" id="pane-reader" {...panel('reader')}>
          {reader}
        </div>
        <div className="pane-slot side-slot" id="pane-annotations" {...panel('annotations')}>
          {side}
        </div>
      </main>
    </>
  )
}
