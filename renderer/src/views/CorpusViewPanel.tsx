import { lazy, Suspense } from 'react'
import type { TagDefinition } from '@core/shared/model/project'
import { ClaimsView } from './ClaimsView'
import { EntitiesView } from './EntitiesView'
import type { OpenSpan } from './span-target'
import type { ViewTabId } from './ViewTabs'
import { useT } from '../i18n/I18nProvider'

interface CorpusViewPanelProps {
  view: Exclude<ViewTabId, 'reader'>
  tags: readonly TagDefinition[]
  outlets: readonly string[]
  onOpenSpan: OpenSpan
  /** Opens an article in the reader (one a view could not read, to see what is wrong with it). */
  onOpenDocument(documentId: string): void
  onNotice(notice: { kind: 'error' | 'info'; text: string }): void
}

// The chart code (recharts, d3) loads when the Figures tab is first opened, not with the window.
const FiguresView = lazy(() => import('./FiguresView').then((module) => ({ default: module.FiguresView })))
// Agreement is a team's occasional question: its code loads when its tab is first opened.
const AgreementView = lazy(() => import('./AgreementView').then((module) => ({ default: module.AgreementView })))
// Adjudication too: the Review view's code loads with its tab.
const ReviewView = lazy(() => import('../review/ReviewView').then((module) => ({ default: module.ReviewView })))

/** The corpus view a tab shows, in the centre pane in place of the reader. */
export function CorpusViewPanel({ view, tags, outlets, onOpenSpan, onOpenDocument, onNotice }: CorpusViewPanelProps) {
  const { t } = useT()
  return (
    // Focusable: on a narrow window a view may scroll with nothing focusable in it (axe scrollable-region-focusable).
    <div className="pane view-pane" tabIndex={0} aria-label={t(`views.panel.${view}`)} role="region">
      {view === 'entities' && <EntitiesView tags={tags} onOpenSpan={onOpenSpan} onOpenDocument={onOpenDocument} />}
      {view === 'claims' && (
        <ClaimsView
          tags={tags}
          outlets={outlets}
          onOpenSpan={onOpenSpan}
          onOpenDocument={onOpenDocument}
          onExported={(text) => onNotice({ kind: 'info', text })}
          onError={(text) => onNotice({ kind: 'error', text })}
        />
      )}
      {view === 'figures' && (
        <Suspense fallback={<p className="empty-hint">{t('views.figures.loading')}</p>}>
          <FiguresView onOpenSpan={onOpenSpan} onOpenDocument={onOpenDocument} />
        </Suspense>
      )}
      {view === 'agreement' && (
        <Suspense fallback={<p className="empty-hint">{t('views.agreement.loading')}</p>}>
          <AgreementView onOpenSpan={onOpenSpan} onExported={(text) => onNotice({ kind: 'info', text })} onError={(text) => onNotice({ kind: 'error', text })} />
        </Suspense>
      )}
      {view === 'review' && (
        <Suspense fallback={<p className="empty-hint">{t('review.loading')}</p>}>
          <ReviewView onError={(text) => onNotice({ kind: 'error', text })} />
        </Suspense>
      )}
    </div>
  )
}
