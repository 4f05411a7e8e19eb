import type { TagDefinition } from '@core/model/project'

/**
 * CSS giving each tag its colour wherever `data-tag` appears (highlights, buttons, legend, list), so
 * tag colours come from the project's tag set, not from the stylesheet.
 */
export function tagColourStyles(tags: readonly TagDefinition[]): string {
  return tags
    .filter((tag) => /^#[0-9a-f]{6}$/i.test(tag.color))
    .map((tag) => `[data-tag="${tag.id}"] { --tag: ${tag.color}; --tag-soft: ${tag.color}2e; --tag-mid: ${tag.color}55; }`)
    .join('\n')
}
