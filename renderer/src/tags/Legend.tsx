import { useMemo } from 'react'
import '../styles/fields.css'
import type { Annotation } from '@core/shared/model/annotation'
import type { TagDefinition } from '@core/shared/model/project'
import { useT } from '../i18n/I18nProvider'
import { RichMessage } from '../i18n/user-text'
import { Guideline } from './Guideline'

interface LegendProps {
  tags: readonly TagDefinition[]
  annotations: readonly Annotation[]
}

/** The colour of each tag and how many spans of it the open document has. */
export function Legend({ tags, annotations }: LegendProps) {
  const { t, number } = useT()
  // One pass over the annotations, not one per tag: a document may hold tens of thousands.
  const counts = useMemo(() => {
    const byTag = new Map<string, number>()
    for (const annotation of annotations) byTag.set(annotation.tag, (byTag.get(annotation.tag) ?? 0) + 1)
    return byTag
  }, [annotations])
  return (
    <ul className="legend" aria-label={t('tags.legend')}>
      {tags.map((tag) => (
        <li key={tag.id} data-tag={tag.id}>
          <span className="swatch" aria-hidden="true" />
          <bdi>{tag.label}</bdi>
          <span className="legend-count">{number(counts.get(tag.id) ?? 0, { useGrouping: false })}</span>
          {tag.description?.trim() && (
            <details className="legend-guideline">
              <summary>
                <span aria-hidden="true">ⓘ</span>
                <span className="visually-hidden">
                  <RichMessage id="tags.legend.guidelineOf" values={{ tag: <bdi>{tag.label}</bdi> }} />
                </span>
              </summary>
              <Guideline text={tag.description} />
            </details>
          )}
        </li>
      ))}
    </ul>
  )
}
