import type { TagDefinition } from '@core/shared/model/project'

interface TagToolbarProps {
  tags: readonly TagDefinition[]
  onApply(tagId: string): void
}

/** One button per tag; each names the tag for assistive technology and shows its colour and key. */
export function TagToolbar({ tags, onApply }: TagToolbarProps) {
  return (
    <div className="tag-toolbar" role="toolbar" aria-label="Tag the selection">
      {tags.map((tag) => (
        <button
          key={tag.id}
          type="button"
          className="tag-button"
          data-tag={tag.id}
          aria-label={tag.label}
          aria-keyshortcuts={tag.key ?? undefined}
          title={tag.key ? `${tag.label} (key ${tag.key})` : tag.label}
          // Keep the text selection: a focused button would collapse it before the click lands.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onApply(tag.id)}
        >
          <span className="swatch" aria-hidden="true" />
          <bdi aria-hidden="true">{tag.label}</bdi>
          <kbd aria-hidden="true">{tag.key}</kbd>
        </button>
      ))}
    </div>
  )
}
