import { useRef, type KeyboardEvent, type ReactNode } from 'react'
import '../styles/views.css'

export const VIEW_TABS = [
  { id: 'reader', label: 'Reader' },
  { id: 'entities', label: 'Entities' },
  { id: 'claims', label: 'Claims' },
  { id: 'figures', label: 'Figures' }
] as const

export type ViewTabId = (typeof VIEW_TABS)[number]['id']

export const tabId = (view: ViewTabId): string => `view-tab-${view}`
export const panelId = (view: ViewTabId): string => `view-panel-${view}`

interface ViewTabsProps {
  active: ViewTabId
  onChange(view: ViewTabId): void
  /** The reader: kept mounted (hidden) behind the other views, so it keeps its place in the article. */
  reader: ReactNode
  /** The corpus view of the active tab, when it is not the reader. */
  children: ReactNode
}

/**
 * The centre pane's tabs (WAI-ARIA tabs pattern, automatic activation): Left/Right move between tabs
 * and show each one, Home/End jump to the ends; Tab leaves the strip for the panel. The reader stays
 * mounted under the other views (invisible, so out of reach of the mouse, keyboard and screen readers).
 */
export function ViewTabs({ active, onChange, reader, children }: ViewTabsProps) {
  const strip = useRef<HTMLDivElement>(null)

  function move(event: KeyboardEvent) {
    const index = VIEW_TABS.findIndex((tab) => tab.id === active)
    const last = VIEW_TABS.length - 1
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const view = VIEW_TABS[next]?.id ?? 'reader'
    onChange(view)
    strip.current?.querySelector<HTMLElement>(`#${tabId(view)}`)?.focus()
  }

  return (
    <div className="centre-pane">
      <div ref={strip} className="view-tabs" role="tablist" aria-label="Views" onKeyDown={move}>
        {VIEW_TABS.map((tab) => {
          const selected = tab.id === active
          return (
            <button
              key={tab.id}
              id={tabId(tab.id)}
              type="button"
              role="tab"
              className="view-tab"
              aria-selected={selected}
              aria-controls={selected || tab.id === 'reader' ? panelId(tab.id) : undefined}
              tabIndex={selected ? 0 : -1}
              onClick={() => onChange(tab.id)}
            >
              {tab.label}
            </button>
          )
        })}
      </div>
      <div id={panelId('reader')} className={active === 'reader' ? 'view-panel' : 'view-panel view-panel-hidden'} role="tabpanel" aria-labelledby={tabId('reader')}>
        {reader}
      </div>
      {active !== 'reader' && (
        <div id={panelId(active)} className="view-panel" role="tabpanel" aria-labelledby={tabId(active)}>
          {children}
        </div>
      )}
    </div>
  )
}
