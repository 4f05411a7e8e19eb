import type { ClaimSortKey } from '@core/shared/model/views'
import type { Input } from '@core/shared/contract'
import type { AttributeDefinition, AttributeValue } from '@core/shared/model/attributes'

export type { ClaimSortKey }
export interface ClaimSort {
  by: ClaimSortKey
  direction: 'asc' | 'desc'
}

/** The stance filter's value for claims without a stance (no real stance can be empty). */
export const NO_STANCE = ''

/** What the filter bar holds; `null` means "any". */
export interface ClaimFilterState {
  outlet: string | null
  entityId: string | null
  stance: string | null
  /** Choice and flag attributes of the claim tag (other than stance), by id; flags as 'true'/'false'. */
  attributes: Record<string, string>
  text: string
}

export const NO_CLAIM_FILTERS: ClaimFilterState = { outlet: null, entityId: null, stance: null, attributes: {}, text: '' }

/** The claim tag's attributes the filter bar offers: choices and flags (stance has its own filter). */
export function filterableAttributes(definitions: readonly AttributeDefinition[]): AttributeDefinition[] {
  return definitions.filter((d) => d.id !== 'stance' && (d.type === 'choice' || d.type === 'flag'))
}

/** The filters as the core's Claims view and CSV export take them (the same for both, so the CSV is the table). */
export function claimQuery(state: ClaimFilterState, sort: ClaimSort, definitions: readonly AttributeDefinition[]): Input<'views.claimsCsv'> {
  const attributes: Record<string, AttributeValue> = {}
  for (const definition of filterableAttributes(definitions)) {
    const chosen = state.attributes[definition.id]
    if (chosen === undefined || chosen === '') continue
    attributes[definition.id] = definition.type === 'flag' ? chosen === 'true' : chosen
  }
  const text = state.text.trim()
  return {
    ...(state.outlet !== null && { outlets: [state.outlet] }),
    ...(state.entityId !== null && { entityId: state.entityId }),
    ...(state.stance !== null && { stances: [state.stance === NO_STANCE ? null : state.stance] }),
    ...(Object.keys(attributes).length > 0 && { attributes }),
    ...(text && { text }),
    sort
  }
}

/** The next sort after a click on a column's header: the same column flips, another starts ascending. */
export function nextSort(current: ClaimSort, by: ClaimSortKey): ClaimSort {
  return current.by === by ? { by, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { by, direction: 'asc' }
}
