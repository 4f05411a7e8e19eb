import type { TagDefinition } from '@core/model/project'
import { TINT_ALPHA } from '@core/tags/contrast'

/** A 0–1 opacity as the two hex digits of an `#rrggbbaa` colour. */
function alphaHex(alpha: number): string {
  return Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0')
}

/**
 * CSS giving each tag its colour wherever `data-tag` appears (highlights, buttons, legend, list), so
 * tag colours come from the project's tag set, not from the stylesheet. The tint's opacity per theme is
 * the one the core's contrast check assumes (TINT_ALPHA), so what is drawn is what was checked.
 */
export function tagColourStyles(tags: readonly TagDefinition[]): string {
  return tags
    .filter((tag) => /^#[0-9a-f]{6}$/i.test(tag.color))
    .map(
      (tag) =>
        `[data-tag="${tag.id}"] { --tag: ${tag.color}; --tag-soft: ${tag.color}${alphaHex(TINT_ALPHA.light)}; --tag-mid: ${tag.color}55; }\n` +
        `:root[data-theme='dark'] [data-tag="${tag.id}"] { --tag-soft: ${tag.color}${alphaHex(TINT_ALPHA.dark)}; }`
    )
    .join('\n')
}
