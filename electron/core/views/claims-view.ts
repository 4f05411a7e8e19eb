import type { AttributeValue } from '../shared/model/attributes'
import type { Entity } from '../shared/model/entity'
import { foldKey } from '../shared/text/fold'
import { ClaimOrder, type ClaimSortKey, type OrderedClaim } from './claim-order'
import type { DocumentExtract } from './extract'
import type { ClaimRow, ClaimsView } from '../shared/model/views'
export type { ClaimRow, ClaimsView }
export { CLAIM_SORT_KEYS, type ClaimSortKey } from './claim-order'

export interface ClaimsQuery {
  outlets?: string[]
  /** Claims attributed to a mention of this entity. */
  entityId?: string
  /** Stances to keep; `null` in the list keeps claims without a stance. */
  stances?: (string | null)[]
  /** Attribute values every kept claim has (e.g. `{ stance: 'denied' }`). */
  attributes?: Record<string, AttributeValue>
  /** Text the claim holds, under the one loose folding (case, tashkeel, Arabic letter variants). */
  text?: string
  sort: { by: ClaimSortKey; direction: 'asc' | 'desc' }
  offset: number
  limit: number
}

/** True when a claim passes every filter of the query. */
function filterOf(query: Omit<ClaimsQuery, 'offset' | 'limit' | 'sort'>): (entry: OrderedClaim) => boolean {
  const outlets = query.outlets ? new Set(query.outlets) : null
  const stances = query.stances ? new Set(query.stances) : null
  const attributes = query.attributes ? Object.entries(query.attributes) : []
  const text = query.text === undefined ? undefined : foldKey(query.text).trim()
  return ({ extract, claim }) =>
    (!outlets || outlets.has(extract.outlet)) &&
    (!query.entityId || claim.actor?.entityId === query.entityId) &&
    (!stances || stances.has(claim.stance)) &&
    attributes.every(([id, value]) => claim.attributes[id] === value) &&
    (!text || claim.textKey.includes(text))
}

/** Walks the sorted claims (backwards for descending) and calls `take` with each one that passes the filters. */
function walk(order: readonly OrderedClaim[], query: Omit<ClaimsQuery, 'offset' | 'limit'>, take: (entry: OrderedClaim, index: number) => void): number {
  const passes = filterOf(query)
  let total = 0
  const descending = query.sort.direction === 'desc'
  for (let i = 0; i < order.length; i += 1) {
    const entry = order[descending ? order.length - 1 - i : i] as OrderedClaim
    if (!passes(entry)) continue
    take(entry, total)
    total += 1
  }
  return total
}

function toRow({ extract, claim }: OrderedClaim, names: ReadonlyMap<string, string>): ClaimRow {
  const entityId = claim.actor?.entityId ?? null
  return {
    documentId: extract.documentId,
    title: extract.title,
    outlet: extract.outlet,
    date: extract.date,
    annotationId: claim.annotationId,
    start: claim.start,
    end: claim.end,
    text: claim.text,
    stance: claim.stance,
    attributes: claim.attributes,
    actor: claim.actor ? { ...claim.actor, entityName: entityId ? (names.get(entityId) ?? null) : null } : null
  }
}

/**
 * Every claim with its text, attributed actor and entity, outlet, date and stance; filtered and sorted
 * (descending is the exact reverse of ascending). `order` is the index's kept-sorted order; without
 * one, the claims are sorted afresh.
 */
export function claimRows(
  extracts: readonly DocumentExtract[],
  entities: readonly Entity[],
  query: Omit<ClaimsQuery, 'offset' | 'limit'>,
  order: ClaimOrder = new ClaimOrder()
): ClaimRow[] {
  const names = new Map(entities.map((e) => [e.id, e.name]))
  const rows: ClaimRow[] = []
  walk(order.sorted(extracts, entities, query.sort.by), query, (entry) => rows.push(toRow(entry, names)))
  return rows
}

/** One page of the claims table, and how many claims pass the filters; rows are built for the page only. */
export function claimsView(
  extracts: readonly DocumentExtract[],
  entities: readonly Entity[],
  query: ClaimsQuery,
  order: ClaimOrder = new ClaimOrder()
): ClaimsView {
  const names = new Map(entities.map((e) => [e.id, e.name]))
  const rows: ClaimRow[] = []
  const end = query.offset + query.limit
  const total = walk(order.sorted(extracts, entities, query.sort.by), query, (entry, index) => {
    if (index >= query.offset && index < end) rows.push(toRow(entry, names))
  })
  return { rows, total }
}
