import type { AttributeDefinition } from '@core/shared/model/attributes'
import type { EntityRow } from '@core/shared/model/views'
import { filterableAttributes, NO_STANCE, type ClaimFilterState } from './claims-query'
import { outletLabel } from './span-target'

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
  const pick = (value: string): string | null => (value === ANY ? null : value)
  const byName = [...entities].sort((a, b) => a.name.localeCompare(b.name))
  return (
    <fieldset className="view-filters">
      <legend className="visually-hidden">Filter claims</legend>
      <label>
        Outlet
        <select value={state.outlet ?? ANY} onChange={(e) => onChange({ ...state, outlet: pick(e.target.value) })}>
          <option value={ANY}>Any outlet</option>
          {outlets.map((outlet) => (
            <option dir="auto" key={outlet} value={outlet}>
              {outletLabel(outlet)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Entity
        <select value={state.entityId ?? ANY} onChange={(e) => onChange({ ...state, entityId: pick(e.target.value) })}>
          <option value={ANY}>Any actor</option>
          {byName.map((entity) => (
            <option dir="auto" key={entity.id} value={entity.id}>
              {entity.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Stance
        <select value={state.stance ?? ANY} onChange={(e) => onChange({ ...state, stance: pick(e.target.value) })}>
          <option value={ANY}>Any stance</option>
          {stances.map((stance) => (
            <option dir="auto" key={stance} value={stance}>
              {stance}
            </option>
          ))}
          <option value={NO_STANCE}>No stance set</option>
        </select>
      </label>
      {filterableAttributes(attributes).map((definition) => (
        <label key={definition.id}>
          {definition.label}
          <select
            value={state.attributes[definition.id] ?? ''}
            onChange={(e) => onChange({ ...state, attributes: { ...state.attributes, [definition.id]: e.target.value } })}
          >
            <option value="">Any</option>
            {(definition.type === 'choice' ? definition.values : ['true', 'false']).map((value) => (
              <option dir="auto" key={value} value={value}>
                {definition.type === 'flag' ? (value === 'true' ? 'Yes' : 'No') : value}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label className="view-filter-text">
        Text
        <input dir="auto" type="search" value={state.text} placeholder="Words in the claim" onChange={(e) => onChange({ ...state, text: e.target.value })} />
      </label>
    </fieldset>
  )
}
