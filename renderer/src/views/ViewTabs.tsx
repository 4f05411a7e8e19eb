import { useRef, type KeyboardEvent, type ReactNode } from 'react'
import '../styles/views.css'
import { useT } from '../i18n/I18nProvider'

export const VIEW_TABS = [
  { id: 'reader', label: 'views.tab.reader' },
  { id: 'entities', label: 'views.tab.entities' },
  { id: 'claims', label: 'views.tab.claims' },
  { id: 'figures', label: 'views.tab.figures' },
  { id: 'agreement', label: 'views.tab.agreement' },
  { id: 'review', label: 'views.tab.review' }
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
 * The centre pane's tabs (WAI-ARIA tabs pattern, automatic activation): the arrow towards the end of
 * the strip (Right, or Left in a right-to-left interface) shows the next tab, the other the previous;
 * Home/End jump to the ends; Tab leaves the strip for the panel. The reader stays mounted under the
 * other views (invisible, so out of reach of the mouse, keyboard and screen readers).
 */
export function ViewTabs({ active, onChange, reader, children }: ViewTabsProps) {
  const { t, direction } = useT()
  const strip = useRef<HTMLDivElement>(null)

  function move(event: KeyboardEvent) {
    const index = VIEW_TABS.findIndex((tab) => tab.id === active)
    const last = VIEW_TABS.length - 1
    const following = index === last ? 0 : index + 1
    const preceding = index === 0 ? last : index - 1
    const rtl = direction === 'rtl'
    const next = { ArrowRight: rtl ? preceding : following, ArrowLeft: rtl ? following : preceding, Home: 0, End: last }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const view = VIEW_TABS[next]?.id ?? 'reader'
    onChange(view)
    strip.current?.querySelector<HTMLElement>(`#${tabId(view)}`)?.focus()
  }

  return (
    <div className="centre-pane">
      <div ref={strip} className="view-tabs" role="tablist" aria-label={t('views.tabs')} onKeyDown={move}>
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
              {t(tab.label)}
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
