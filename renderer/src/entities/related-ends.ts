import type { Relation } from '@core/shared/model/relation'
import type { RelationTypeDefinition } from '@core/shared/model/relation-types'
import type { Translator } from '@core/shared/i18n/translator'
import { quoted, userText } from '../i18n/user-text'

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
export function relationLabel(t: Translator, type: string, direction: RelatedEnd['direction'], types: readonly RelationTypeDefinition[] = []): string {
  if (type === 'attributed-to') return t.t(direction === 'outgoing' ? 'entities.relation.attributedTo' : 'entities.relation.sourceOfClaim')
  if (type === 'stated-in') return t.t(direction === 'outgoing' ? 'entities.relation.statedIn' : 'entities.relation.statesFigure')
  const defined = types.find((d) => d.id === type)
  const label = defined?.label ?? type
  const name = userText(t, label.charAt(0).toLocaleUpperCase() + label.slice(1))
  return direction === 'outgoing' || defined?.directed === false ? name : t.t('entities.relation.incoming', { name })
}

/** A relation and the quote at its other end, as the lists and the reader's pointers show it: `Supports “…”`. */
export function relationWithQuote(t: Translator, label: string, quote: string): string {
  return `${label} ${quoted(t, quote, 'double')}`
}
