import type { AttributeDefinition } from '@core/shared/model/attributes'
import type { EntityRow } from '@core/shared/model/views'
import { filterableAttributes, NO_STANCE, type ClaimFilterState } from './claims-query'
import { outletLabel } from './span-target'
import { useT } from '../i18n/I18nProvider'

interface ClaimFiltersProps {
  state: ClaimFilterState
  onChange(state: ClaimFilterState): void
  outlets: readonly string[]
  entities: readonly EntityRow[]
  stances: readonly string[]
  attributes: readonly AttributeDefinition[]
}

const ANY = '\u0000any'

/** The Claims view's filters: outlet, entity of the attributed actor, stance, the claim tag's attributes, text. */
export function ClaimFilters({ state, onChange, outlets, entities, stances, attributes }: ClaimFiltersProps) {
  const translator = useT()
  const { t } = translator
  const pick = (value: string): string | null => (value === ANY ? null : value)
  const byName = [...entities].sort((a, b) => a.name.localeCompare(b.name))
  return (
    <fieldset className="view-filters">
      <legend className="visually-hidden">{t('views.claims.filters')}</legend>
      <label>
        {t('views.claims.filter.outlet')}
        <select value={state.outlet ?? ANY} onChange={(e) => onChange({ ...state, outlet: pick(e.target.value) })}>
          <option value={ANY}>{t('views.claims.filter.anyOutlet')}</option>
          {outlets.map((outlet) => (
            <option dir="auto" key={outlet} value={outlet}>
              {outletLabel(outlet, translator)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('views.claims.filter.entity')}
        <select value={state.entityId ?? ANY} onChange={(e) => onChange({ ...state, entityId: pick(e.target.value) })}>
          <option value={ANY}>{t('views.claims.filter.anyActor')}</option>
          {byName.map((entity) => (
            <option dir="auto" key={entity.id} value={entity.id}>
              {entity.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('views.claims.filter.stance')}
        <select value={state.stance ?? ANY} onChange={(e) => onChange({ ...state, stance: pick(e.target.value) })}>
          <option value={ANY}>{t('views.claims.filter.anyStance')}</option>
          {stances.map((stance) => (
            <option dir="auto" key={stance} value={stance}>
              {stance}
            </option>
          ))}
          <option value={NO_STANCE}>{t('views.claims.filter.noStance')}</option>
        </select>
      </label>
      {filterableAttributes(attributes).map((definition) => (
        <label key={definition.id}>
          {definition.label}
          <select
            value={state.attributes[definition.id] ?? ''}
            onChange={(e) => onChange({ ...state, attributes: { ...state.attributes, [definition.id]: e.target.value } })}
          >
            <option value="">{t('views.claims.filter.any')}</option>
            {(definition.type === 'choice' ? definition.values : ['true', 'false']).map((value) => (
              <option dir="auto" key={value} value={value}>
                {definition.type === 'flag' ? t(value === 'true' ? 'views.claims.filter.yes' : 'views.claims.filter.no') : value}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label className="view-filter-text">
        {t('views.claims.filter.text')}
        <input dir="auto" type="search" value={state.text} placeholder={t('views.claims.filter.textPlaceholder')} onChange={(e) => onChange({ ...state, text: e.target.value })} />
      </label>
    </fieldset>
  )
}
