import type { Relation, RelationType } from '@core/shared/model/relation'

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

/** How a relation reads from the end it is seen from. */
export function relationLabel(type: RelationType, direction: RelatedEnd['direction']): string {
  if (type === 'attributed-to') return direction === 'outgoing' ? 'Attributed to' : 'Source of claim'
  return direction === 'outgoing' ? 'Stated in' : 'States figure'
}
