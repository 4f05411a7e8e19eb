import type { Annotation } from '@core/model/annotation'
import type { TagDefinition } from '@core/model/project'

interface LegendProps {
  tags: readonly TagDefinition[]
  annotations: readonly Annotation[]
}

/** The colour of each tag and how many spans of it the open document has. */
export function Legend({ tags, annotations }: LegendProps) {
  return (
    <ul className="legend" aria-label="Legend">
      {tags.map((tag) => (
        <li key={tag.id} data-tag={tag.id}>
          <span className="swatch" aria-hidden="true" />
          {tag.label}
          <span className="legend-count">{annotations.filter((a) => a.tag === tag.id).length}</span>
        </li>
      ))}
    </ul>
  )
}
