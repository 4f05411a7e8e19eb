import { useId } from 'react'
import type { Figure, ProjectAgreement } from '@core/shared/model/agreement'
import type { Translator } from '@core/shared/i18n/translator'
import { useT } from '../i18n/I18nProvider'
import { figureGroups, type FigureGroup } from './agreement-model'

/** Every figure the reports list, a table for all tags and one per tag, the method and n beside each value. */
export function AgreementFigures({ result }: { result: ProjectAgreement }) {
  const groups = figureGroups(result)
  return (
    <section className="agreement-figures">
      {groups.map((group) => (
        <FigureGroupTable key={group.attributes ? '(attributes)' : (group.tag?.id ?? '(all)')} group={group} />
      ))}
    </section>
  )
}

function FigureGroupTable({ group }: { group: FigureGroup }) {
  const translator = useT()
  const { t } = translator
  const headingId = useId()
  const heading = group.attributes ? t('views.agreement.attributes') : group.tag ? t('views.agreement.tagHeading', { label: group.tag.label, id: group.tag.id }) : t('views.agreement.allTags')
  return (
    <div className="view-section">
      <h3 id={headingId} className="view-heading">
        <bdi>{heading}</bdi>
      </h3>
      <div className="table-scroller" tabIndex={0} role="group" aria-labelledby={headingId}>
        <table className="view-table agreement-table">
          <thead>
            <tr>
              <th scope="col">{t('views.agreement.column.measure')}</th>
              <th scope="col">{t('views.agreement.column.annotators')}</th>
              <th scope="col" className="numeric">
                {t('views.agreement.column.value')}
              </th>
              <th scope="col" className="numeric">
                {t('views.agreement.column.n')}
              </th>
              <th scope="col">{t('views.agreement.column.method')}</th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map((row) => (
              <tr key={`${row.tag?.id ?? ''}/${row.measure}/${row.annotators.join('\u0000')}`}>
                <th scope="row" className="agreement-measure">
                  <bdi>{group.attributes && row.tag ? `${row.tag.label}: ${row.measure}` : row.measure}</bdi>
                </th>
                <td className="nowrap">
                  <bdi>{row.annotators.length === 2 ? row.annotators.join(' – ') : t('views.agreement.all')}</bdi>
                </td>
                <td className={row.figure.value === null ? 'agreement-undefined' : 'numeric'}>{figureValue(row.figure, translator)}</td>
                <td className="numeric nowrap">{t(`views.agreement.unit.${unitKey(row.figure.unit)}`, { count: row.figure.n })}</td>
                <td className="agreement-method">
                  <bdi>{row.figure.method}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

/** A value to three decimals (as the Markdown report), or why it is not defined. */
export function figureValue(figure: Figure, { t, number }: Translator): string {
  if (figure.value === null) return t(`views.agreement.notDefined.${figure.notDefined ?? 'no-data'}`)
  return number(figure.value, { minimumFractionDigits: 3, maximumFractionDigits: 3, useGrouping: false })
}

function unitKey(unit: Figure['unit']): 'tokens' | 'spans' | 'spanPairs' | 'values' | 'characters' {
  return ({ tokens: 'tokens', spans: 'spans', 'span pairs': 'spanPairs', 'pairable values': 'values', characters: 'characters' } as const)[unit]
}
