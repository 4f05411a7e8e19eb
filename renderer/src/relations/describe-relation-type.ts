import type { Translator } from '@core/shared/i18n/translator'
import type { TagDefinition } from '@core/shared/model/project'
import type { RelationTypeDefinition } from '@core/shared/model/relation-types'
import { userText } from '../i18n/user-text'

/** "actor or place": each item isolated in Arabic, joined by the language's "or" (no commas, as the list is short). */
export function orList(t: Translator, items: readonly string[]): string {
  const isolated = items.map((item) => userText(t, item))
  return isolated.length === 0 ? '' : isolated.reduce((before, after) => t.t('relations.or', { before, after }))
}

/** "Claim → Claim, across documents": what a type joins, in words; the arrow points the way the text reads. */
export function describeRelationType(t: Translator, type: RelationTypeDefinition, tags: readonly Pick<TagDefinition, 'id' | 'label'>[]): string {
  const names = (ids: readonly string[]) => orList(t, ids.map((id) => tags.find((tag) => tag.id === id)?.label ?? id))
  const arrow = type.directed ? (t.direction === 'rtl' ? '←' : '→') : '↔'
  const ends = `${names(type.from)} ${arrow} ${names(type.to)}`
  return type.crossDocument ? t.t('relations.types.across', { ends }) : ends
}
