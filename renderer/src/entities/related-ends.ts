import type { Relation } from '@core/shared/model/relation'
import type { RelationTypeDefinition } from '@core/shared/model/relation-types'

/** A relation seen from one of its ends: the annotation at the other end and which way it points. */
export interface RelatedEnd {
  relation: Relation
  otherId: string
  /** 'outgoing' when the annotation is the relation's `from` (a claim attributed to an actor). */
  direction: 'outgoing' | 'incoming'
}

/** Every relation with `annotationId` at either end, seen from it. */
export function relatedEnds(relations: readonly Relation[], annotationId: string | null): RelatedEnd[] {
  if (!annotationId) return []
  const ends: RelatedEnd[] = []
  for (const relation of relations) {
    if (relation.from === annotationId) ends.push({ relation, otherId: relation.to, direction: 'outgoing' })
    else if (relation.to === annotationId) ends.push({ relation, otherId: relation.from, direction: 'incoming' })
  }
  return ends
}

/**
 * How a relation reads from the end it is seen from. A project type reads by its name ("Contradicts");
 * seen from the target of a directed one, "(incoming)" says the other end is its source.
 */
export function relationLabel(type: string, direction: RelatedEnd['direction'], types: readonly RelationTypeDefinition[] = []): string {
  if (type === 'attributed-to') return direction === 'outgoing' ? 'Attributed to' : 'Source of claim'
  if (type === 'stated-in') return direction === 'outgoing' ? 'Stated in' : 'States figure'
  const defined = types.find((t) => t.id === type)
  const label = defined?.label ?? type
  const name = label.charAt(0).toLocaleUpperCase() + label.slice(1)
  return direction === 'outgoing' || defined?.directed === false ? name : `${name} (incoming)`
}
