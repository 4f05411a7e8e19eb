import type { Annotation } from '@core/shared/model/annotation'
import type { TagDefinition } from '@core/shared/model/project'
import type { Translator } from '@core/shared/i18n/translator'

/**
 * An annotation's third line in the list: who made it and when, then its attribute values and note:
 * "ali, 21 Nov 2026, 14:05 · city · not Verified · Seen from the road".
 */
export function detailsLine(annotation: Annotation, tag: TagDefinition | undefined, { t, dateTime }: Translator): string {
  const values = (tag?.attributes ?? [])
    .filter((definition) => annotation.attributes[definition.id] !== undefined)
    .map((definition) => {
      const value = annotation.attributes[definition.id]
      return typeof value === 'boolean' ? (value ? definition.label : t('annotations.flagNotSet', { label: definition.label })) : String(value)
    })
  const note = annotation.note.replace(/\s+/g, ' ').trim()
  const made = t('annotations.made', { author: annotation.author || t('annotations.unknownAuthor'), when: dateTime(annotation.updatedAt) })
  return [made, ...values, ...(note ? [note] : [])].join(' · ')
}
