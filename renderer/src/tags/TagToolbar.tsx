import type { TagDefinition } from '@core/shared/model/project'
import { useT } from '../i18n/I18nProvider'
import { userText } from '../i18n/user-text'

interface TagToolbarProps {
  tags: readonly TagDefinition[]
  onApply(tagId: string): void
}

/**
 * One button per tag showing its colour, name and key; the accessible name is the visible text ("Claim 1"),
 * so a speech user saying what they see reaches it (WCAG 2.5.3, label in name).
 */
export function TagToolbar({ tags, onApply }: TagToolbarProps) {
  const translator = useT()
  const { t } = translator
  return (
    <div className="tag-toolbar" role="toolbar" aria-label={t('tags.toolbar')}>
      {tags.map((tag) => (
        <button
          key={tag.id}
          type="button"
          className="tag-button"
          data-tag={tag.id}
          aria-keyshortcuts={tag.key ?? undefined}
          title={tag.key ? t('tags.toolbar.withKey', { tag: userText(translator, tag.label), key: tag.key }) : tag.label}
          // Keep the text selection: a focused button would collapse it before the click lands.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onApply(tag.id)}
        >
          <span className="swatch" aria-hidden="true" />
          <bdi>{tag.label}</bdi>
          {tag.key && (
            <>
              {' '}
              <kbd>{tag.key}</kbd>
            </>
          )}
        </button>
      ))}
    </div>
  )
}
