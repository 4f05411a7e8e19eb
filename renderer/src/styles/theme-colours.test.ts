import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { THEME_COLOURS } from '@core/shared/tags/contrast'

const css = readFileSync(resolve('renderer/src/styles/app.css'), 'utf8')

/** The custom properties the stylesheet sets in the block starting with `selector {`. */
function properties(selector: string): Record<string, string> {
  const found: Record<string, string> = {}
  let from = css.indexOf(`${selector} {`)
  while (from >= 0) {
    const block = css.slice(from, css.indexOf('}', from))
    // eslint-disable-next-line regexp/no-super-linear-backtracking, regexp/no-super-linear-move -- reads the app's own stylesheet
    for (const [, name, value] of block.matchAll(/--([\w-]+):\s*([^;]+);/g)) if (name && value) found[name] = value.trim()
    from = css.indexOf(`${selector} {`, from + 1)
  }
  return found
}

describe('the stylesheet draws the colours the contrast rule checks', () => {
  it.each([
    ['light', ':root'],
    ['dark', ":root[data-theme='dark']"]
  ] as const)('%s theme', (theme, selector) => {
    const drawn = properties(selector)
    const { page, surface, ink, muted, current } = THEME_COLOURS[theme]
    expect({ paper: drawn.paper, surface: drawn.surface, ink: drawn.ink, muted: drawn.muted, current: drawn.current }).toEqual({
      paper: page,
      surface,
      ink,
      muted,
      current
    })
  })
})
