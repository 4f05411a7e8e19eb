import { CartesianGrid, Legend, ReferenceArea, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts'
import { isolated } from '../format/bidi'
import { useT } from '../i18n/I18nProvider'
import { describeReading } from './figure-verdict'
import { isoDateOfDay, type ChartPoint, type FigureComparison } from './figure-series'
import { POINT_AREA, pointShape } from './figure-point'
import { outletStyles } from './outlet-style'
import { outletLabel, type OpenSpan } from './span-target'
import { useNearViewport } from './use-near-viewport'

/**
 * Each outlet's values for one thing counted, by date; where outlets disagree the band between the
 * lowest and highest value is shaded. A click on a point opens the article at the figure. The chart
 * is a picture for pointing: the table beside it carries the same data for keyboards and readers.
 */
export function FigureChart({ comparison, onOpenSpan }: { comparison: FigureComparison; onOpenSpan: OpenSpan }) {
  const translator = useT()
  const { t, date, number } = translator
  const [placeholder, near] = useNearViewport<HTMLDivElement>()
  // One colour and one shape per outlet (so outlets stay apart without colour too), from its name: stable across charts and additions.
  const styles = outletStyles(comparison.outlets.map((o) => o.outlet))
  const days = [...new Set(comparison.outlets.flatMap((o) => o.points.map((p) => p.day)))].sort((a, b) => a - b)
  if (days.length === 0) return <p className="view-note">{t('views.figures.noChart')}</p>
  const first = days[0] ?? 0
  const last = days[days.length - 1] ?? 0
  const open = (item: { payload?: unknown }) => {
    const point = (item.payload as ChartPoint | undefined)?.point
    if (point) onOpenSpan({ documentId: point.documentId, annotationId: point.annotationId, start: point.start })
  }
  return (
    // A picture of dates running left to right in either language; in an RTL box SVG would anchor the value ticks backwards.
    <div className="figure-chart" dir="ltr" role="img" aria-label={comparison.counted ? t('views.figures.chartLabel', { counted: comparison.counted }) : t('views.figures.chartLabelUncounted')}>
      {near ? <ResponsiveContainer width="100%" height={260}>
        <ScatterChart margin={{ top: 12, right: 20, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--line)" />
          {comparison.disagreement && <ReferenceArea y1={comparison.min} y2={comparison.max} fill="var(--disagree)" fillOpacity={0.35} ifOverflow="extendDomain" />}
          <XAxis
            type="number"
            dataKey="day"
            name={t('views.figures.axis.date')}
            domain={[first - 1, last + 1]}
            ticks={days}
            tickFormatter={(day: number) => date(isoDateOfDay(day))}
            stroke="var(--muted)"
            fontSize={12}
          />
          <YAxis type="number" dataKey="value" name={t('views.figures.axis.value')} tickFormatter={(value: number) => number(value)} stroke="var(--muted)" fontSize={12} width={56} />
          <ZAxis range={[POINT_AREA, POINT_AREA]} />
          <Tooltip content={(props) => <PointTooltip active={props.active} payload={props.payload} />} cursor={{ strokeDasharray: '3 3' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {comparison.outlets.map((outlet) => {
            const { colour, shape } = styles.get(outlet.outlet) ?? { colour: 'var(--outlet-0)', shape: 'circle' }
            return <Scatter
              key={outlet.outlet}
              name={isolated(outletLabel(outlet.outlet, translator))}
              data={outlet.points}
              fill={colour}
              shape={pointShape(shape, colour)}
              legendType={shape}
              isAnimationActive={false}
              cursor="pointer"
              onClick={open}
            />
          })}
        </ScatterChart>
      </ResponsiveContainer> : <div className="figure-chart-placeholder" ref={placeholder} />}
    </div>
  )
}

function PointTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const translator = useT()
  const { t, rich, date, direction } = translator
  const shown = payload?.[0]?.payload as ChartPoint | undefined
  if (!active || !shown) return null
  const { point } = shown
  return (
    <div className="chart-tooltip" dir={direction}>
      <strong>{describeReading(point, translator)}</strong> · <bdi>{point.source?.quote ?? outletLabel(shown.outlet, translator)}</bdi> · {date(point.date)}
      <div className="chart-tooltip-quote">{rich('views.figures.tooltip.quote', { quote: <bdi key="quote">{point.quote}</bdi> })}</div>
      <div className="muted">{t('views.figures.tooltip.open')}</div>
    </div>
  )
}
