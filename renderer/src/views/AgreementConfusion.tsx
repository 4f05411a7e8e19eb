import { useId, useState } from 'react'
import type { ProjectAgreement } from '@core/shared/model/agreement'
import { useT } from '../i18n/I18nProvider'

/** For one pair of annotators: which label the second gave what the first labelled (spans), and the tags they swap most. */
export function AgreementConfusion({ result }: { result: ProjectAgreement }) {
  const { t, number, list, direction } = useT()
  const headingId = useId()
  const pickerId = useId()
  const [chosen, setChosen] = useState(0)
  const pair = result.pairs[chosen] ?? result.pairs[0]
  if (!pair) return null
  const table = pair.spanConfusion
  const [first, second] = pair.annotators
  const label = (id: string): string => (id === '(none)' ? t('views.agreement.none') : (result.tags.find((tag) => tag.id === id)?.label ?? id))
  return (
    <section className="view-section">
      <h3 id={headingId} className="view-heading">
        {t('views.agreement.confusion')}
      </h3>
      {result.pairs.length > 1 && (
        <p>
          <label htmlFor={pickerId}>{t('views.agreement.pair')}</label>{' '}
          <select id={pickerId} value={chosen} onChange={(event) => setChosen(Number(event.target.value))}>
            {result.pairs.map((option, index) => (
              <option key={option.annotators.join('\u0000')} value={index}>
                {option.annotators.join(' – ')}
              </option>
            ))}
          </select>
        </p>
      )}
      <p className="view-note">
        {t('views.agreement.confusionNote', { first: first ?? '', second: second ?? '', count: table.n })} <bdi>{table.method}</bdi>
      </p>
      <p>
        {pair.tagSwaps.length === 0
          ? t('views.agreement.noSwaps')
          : t('views.agreement.swaps', { swaps: list(pair.tagSwaps.map((swap) => t('views.agreement.swap', { first: label(swap.first), second: label(swap.second), count: swap.count }))) })}
      </p>
      <div className="table-scroller" tabIndex={0} role="group" aria-labelledby={headingId}>
        <table className="view-table agreement-confusion">
          <caption className="visually-hidden">{t('views.agreement.confusionCaption', { first: first ?? '', second: second ?? '' })}</caption>
          <thead>
            <tr>
              <th scope="col">
                <bdi>{first}</bdi> ↓ <bdi>{second}</bdi> {direction === 'rtl' ? '←' : '→'}
              </th>
              {table.labels.map((column) => (
                <th key={column} scope="col" className="numeric">
                  <bdi>{label(column)}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.labels.map((row) => (
              <tr key={row}>
                <th scope="row">
                  <bdi>{label(row)}</bdi>
                </th>
                {table.labels.map((column) => {
                  const count = table.counts[row]?.[column] ?? 0
                  return (
                    <td key={column} className={`numeric${row === column ? ' agreement-diagonal' : count > 0 ? ' agreement-off' : ''}`}>
                      {number(count)}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
