import { useMemo, useState } from 'react'
import { FIGURE_PERIODS, type FigurePeriod, type FiguresView as FiguresData, type LeftOut } from '@core/shared/model/views'
import { FigureChart } from './FigureChart'
import { FigureTable } from './FigureTable'
import { compareFigures, type FigureComparison } from './figure-series'
import { figureVerdict, PERIOD_LABELS, periodLabel } from './figure-verdict'
import type { OpenSpan } from './span-target'
import { useCorpusView } from './use-corpus-view'
import { useClient } from '../store/context'
import { useViewFieldFilter } from './use-view-field-filter'
import { useT } from '../i18n/I18nProvider'
import { ViewLoading } from './ViewLoading'
import { LeftOutNotice } from './LeftOutNotice'

/**
 * Points per outlet and thing counted the core sends (the earliest; counts stay whole): a chart of 20
 * outlets stays a few hundred points, drawn in a frame or two.
 */
const POINTS_PER_OUTLET = 15
/** Things counted drawn at first, most figures first; each is a chart and a table. */
const GROUPS_PAGE = 5

/** For each thing counted, the values each outlet gives, charted by date and listed in a table. */
export function FiguresView({ onOpenSpan, onOpenDocument }: { onOpenSpan: OpenSpan; onOpenDocument(documentId: string): void }) {
  const client = useClient()
  const translator = useT()
  const { t } = translator
  const [period, setPeriod] = useState<FigurePeriod>('day')
  const { documentField, control } = useViewFieldFilter()
  const { data, error } = useCorpusView<FiguresData & LeftOut>(`figures:${period}:${JSON.stringify(documentField ?? null)}`, () =>
    client.call('views.figures', { pointsPerOutlet: POINTS_PER_OUTLET, period, ...(documentField ? { documentField } : {}) })
  )
  const [shown, setShown] = useState(GROUPS_PAGE)
  const comparisons = useMemo(() => data?.series.slice(0, shown).map((series) => compareFigures(series, translator)) ?? [], [data, shown, translator])
  return (
    <div className="corpus-view">
      <h2 className="view-title">{t('views.figures.title')}</h2>
      <fieldset className="view-filters">
        <legend className="visually-hidden">{t('views.figures.group')}</legend>
        <label>
          {t('views.figures.compareBy')}
          <select value={period} onChange={(event) => setPeriod(event.target.value as FigurePeriod)}>
            {FIGURE_PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(PERIOD_LABELS[p])}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {control}
      {error && <p className="view-error" role="alert">{error}</p>}
      {!data && !error && <ViewLoading text={t('views.figures.loading')} />}
      {data && <LeftOutNotice leftOut={data.leftOut} onOpenDocument={onOpenDocument} />}
      {data && comparisons.length === 0 && (
        <div className="view-empty">
          <p>{t('views.figures.empty')}</p>
          <p>{t('views.figures.emptyHelp')}</p>
        </div>
      )}
      {data && data.withoutValue > 0 && (
        <p className="view-note">{t('views.figures.withoutValue', { count: data.withoutValue })}</p>
      )}
      {comparisons.map((comparison, index) => (
        <FigureGroup key={`${index}:${comparison.counted}:${comparison.period ?? ''}`} comparison={comparison} index={index} onOpenSpan={onOpenSpan} />
      ))}
      {data && data.series.length > shown && (
        <button type="button" className="view-more" onClick={() => setShown((n) => n + GROUPS_PAGE)}>
          {t('views.figures.more', { count: data.series.length - shown })}
        </button>
      )}
    </div>
  )
}

function FigureGroup({ comparison, index, onOpenSpan }: { comparison: FigureComparison; index: number; onOpenSpan: OpenSpan }) {
  const translator = useT()
  const { t } = translator
  const headingId = `figure-group-${index}`
  const period = periodLabel(comparison.period, translator)
  return (
    <section className="view-section figure-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="view-heading">
        <bdi>{comparison.counted || t('views.figures.noCounted')}</bdi>
        {period && <span className="figure-period"> · {period}</span>}
      </h3>
      <p className={comparison.disagreement ? 'figure-verdict disagree' : 'figure-verdict'}>{figureVerdict(comparison, translator)}</p>
      <div className="figure-layout">
        <FigureChart comparison={comparison} onOpenSpan={onOpenSpan} />
        <FigureTable comparison={comparison} headingId={headingId} onOpenSpan={onOpenSpan} />
      </div>
      {comparison.notShown > 0 && (
        <p className="view-note">{t('views.figures.notShown', { limit: POINTS_PER_OUTLET, count: comparison.notShown })}</p>
      )}
    </section>
  )
}
