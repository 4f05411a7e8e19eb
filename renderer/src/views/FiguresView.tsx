import { useMemo, useState } from 'react'
import { FIGURE_PERIODS, type FigurePeriod, type FiguresView as FiguresData } from '@core/shared/model/views'
import { FigureChart } from './FigureChart'
import { FigureTable } from './FigureTable'
import { compareFigures, type FigureComparison } from './figure-series'
import { figureVerdict, PERIOD_LABELS, periodLabel } from './figure-verdict'
import type { OpenSpan } from './span-target'
import { useCorpusView } from './use-corpus-view'
import { useClient } from '../store/context'
import { useViewFieldFilter } from './use-view-field-filter'

/**
 * Points per outlet and thing counted the core sends (the earliest; counts stay whole): a chart of 20
 * outlets stays a few hundred points, drawn in a frame or two.
 */
const POINTS_PER_OUTLET = 15
/** Things counted drawn at first, most figures first; each is a chart and a table. */
const GROUPS_PAGE = 5

/** For each thing counted, the values each outlet gives, charted by date and listed in a table. */
export function FiguresView({ onOpenSpan }: { onOpenSpan: OpenSpan }) {
  const client = useClient()
  const [period, setPeriod] = useState<FigurePeriod>('day')
  const { documentField, control } = useViewFieldFilter()
  const { data, error } = useCorpusView<FiguresData>(`figures:${period}:${JSON.stringify(documentField ?? null)}`, () =>
    client.call('views.figures', { pointsPerOutlet: POINTS_PER_OUTLET, period, ...(documentField ? { documentField } : {}) })
  )
  const [shown, setShown] = useState(GROUPS_PAGE)
  const comparisons = useMemo(() => data?.series.slice(0, shown).map(compareFigures) ?? [], [data, shown])
  return (
    <div className="corpus-view">
      <h2 className="view-title">Figures</h2>
      <fieldset className="view-filters">
        <legend className="visually-hidden">Group figures</legend>
        <label>
          Compare figures of the same
          <select value={period} onChange={(event) => setPeriod(event.target.value as FigurePeriod)}>
            {FIGURE_PERIODS.map((p) => (
              <option key={p} value={p}>
                {PERIOD_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {control}
      {error && <p className="view-error" role="alert">{error}</p>}
      {!data && !error && <p className="empty-hint">Gathering figures…</p>}
      {data && comparisons.length === 0 && (
        <div className="view-empty">
          <p>No figures to compare yet.</p>
          <p>Tag figures and set what they count to compare them: select a number in the reader, press 4 (Figure), then fill in “Value” and “What is counted” in the detail panel, using the same words across articles.</p>
        </div>
      )}
      {data && data.withoutValue > 0 && (
        <p className="view-note">
          {data.withoutValue === 1 ? '1 figure has' : `${data.withoutValue} figures have`} no number yet (e.g. “dozens”) and {data.withoutValue === 1 ? 'is' : 'are'} left out; give
          {data.withoutValue === 1 ? ' it' : ' them'} a Value to compare.
        </p>
      )}
      {comparisons.map((comparison, index) => (
        <FigureGroup key={`${index}:${comparison.counted}:${comparison.period ?? ''}`} comparison={comparison} index={index} onOpenSpan={onOpenSpan} />
      ))}
      {data && data.series.length > shown && (
        <button type="button" className="view-more" onClick={() => setShown((n) => n + GROUPS_PAGE)}>
          Show more things counted ({data.series.length - shown} left)
        </button>
      )}
    </div>
  )
}

function FigureGroup({ comparison, index, onOpenSpan }: { comparison: FigureComparison; index: number; onOpenSpan: OpenSpan }) {
  const headingId = `figure-group-${index}`
  const period = periodLabel(comparison.period)
  return (
    <section className="view-section figure-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="view-heading">
        <bdi>{comparison.counted || 'Figures that do not say what they count'}</bdi>
        {period && <span className="figure-period"> · {period}</span>}
      </h3>
      <p className={comparison.disagreement ? 'figure-verdict disagree' : 'figure-verdict'}>{figureVerdict(comparison)}</p>
      <div className="figure-layout">
        <FigureChart comparison={comparison} onOpenSpan={onOpenSpan} />
        <FigureTable comparison={comparison} headingId={headingId} onOpenSpan={onOpenSpan} />
      </div>
      {comparison.notShown > 0 && (
        <p className="view-note">
          Each outlet’s earliest {POINTS_PER_OUTLET} values are shown; {comparison.notShown} later ones are not (an export holds them all).
        </p>
      )}
    </section>
  )
}
