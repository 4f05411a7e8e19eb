import type { TagDefinition } from '@core/shared/model/project'
import { labelColour, SELECTED_ALPHA, TINT_ALPHA, underlineColour, type Theme } from '@core/shared/tags/contrast'

/** A 0–1 opacity as the two hex digits of an `#rrggbbaa` colour. */
function alphaHex(alpha: number): string {
  return Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0')
}

function themeProperties(colour: string, theme: Theme): string {
  return (
    `--tag-soft: ${colour}${alphaHex(TINT_ALPHA[theme])}; --tag-mid: ${colour}${alphaHex(SELECTED_ALPHA[theme])}; ` +
    `--tag-line: ${underlineColour(colour, theme)}; --tag-text: ${labelColour(colour, theme)};`
  )
}

/**
 * CSS giving each tag its colour wherever `data-tag` appears (highlights, buttons, legend, list), so
 * tag colours come from the project's tag set, not from the stylesheet. Tints, underline and label
 * colours per theme are the ones the core's contrast rule checks (electron/core/shared/tags/contrast.ts), so
 * what is drawn is what was checked: `--tag` the colour itself, `--tag-soft` a highlight's tint,
 * `--tag-mid` a selected one's, `--tag-line` its underline, `--tag-text` the tag's name as text.
 */
export function tagColourStyles(tags: readonly TagDefinition[]): string {
  return tags
    .filter((tag) => /^#[0-9a-f]{6}$/i.test(tag.color))
    .map(
      (tag) =>
        `[data-tag="${tag.id}"] { --tag: ${tag.color}; ${themeProperties(tag.color, 'light')} }\n` +
        `:root[data-theme='dark'] [data-tag="${tag.id}"] { ${themeProperties(tag.color, 'dark')} }`
    )
    .join('\n')
}
