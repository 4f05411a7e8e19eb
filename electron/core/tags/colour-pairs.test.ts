import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TAGS } from '../shared/model/project'
import {
  contrastRatio,
  highlightContrast,
  labelColour,
  rowTint,
  tagColourProblem,
  TEXT_CONTRAST,
  THEME_COLOURS,
  UNDERLINE_CONTRAST,
  underlineColour,
  type Theme
} from '../shared/tags/contrast'

const THEMES: Theme[] = ['light', 'dark']

/** Every pair of colours a tag puts on screen, with the WCAG AA threshold each must reach. */
function pairs(colour: string, theme: Theme): { what: string; ratio: number; needs: number }[] {
  const { page, surface, ink, muted, current } = THEME_COLOURS[theme]
  const { tint, selectedTint } = highlightContrast(colour, theme)
  const underline = underlineColour(colour, theme)
  const label = labelColour(colour, theme)
  const row = rowTint(colour, theme)
  return [
    { what: 'text on the highlight', ratio: contrastRatio(ink, tint), needs: TEXT_CONTRAST },
    { what: 'text on the selected highlight', ratio: contrastRatio(ink, selectedTint), needs: TEXT_CONTRAST },
    { what: 'underline against the page', ratio: contrastRatio(underline, page), needs: UNDERLINE_CONTRAST },
    { what: 'underline against its tint', ratio: contrastRatio(underline, tint), needs: UNDERLINE_CONTRAST },
    { what: 'underline against its selected tint', ratio: contrastRatio(underline, selectedTint), needs: UNDERLINE_CONTRAST },
    { what: 'label on a row', ratio: contrastRatio(label, surface), needs: TEXT_CONTRAST },
    { what: 'label on its selected row', ratio: contrastRatio(label, row), needs: TEXT_CONTRAST },
    { what: 'quote on its selected row', ratio: contrastRatio(ink, row), needs: TEXT_CONTRAST },
    // A selected annotation row draws its secondary line in the ink: no grey reaches 4.5:1 on every tint the rule allows.
    { what: 'secondary text on its selected row', ratio: contrastRatio(ink, row), needs: TEXT_CONTRAST },
    { what: 'muted text on the open document row', ratio: contrastRatio(muted, current), needs: TEXT_CONTRAST },
    { what: 'muted text on the pane', ratio: contrastRatio(muted, surface), needs: TEXT_CONTRAST },
    { what: 'muted text on the page', ratio: contrastRatio(muted, page), needs: TEXT_CONTRAST }
  ]
}

function failures(colour: string): string[] {
  return THEMES.flatMap((theme) =>
    pairs(colour, theme)
      .filter((pair) => pair.ratio < pair.needs)
      .map((pair) => `${colour} ${theme}: ${pair.what} is ${pair.ratio.toFixed(2)}:1 (needs ${pair.needs}:1)`)
  )
}

describe('colour pairs at the WCAG AA thresholds, light and dark', () => {
  it.each(DEFAULT_TAGS.map((tag) => [tag.label, tag.color]))('%s (%s): every pair passes', (_label, colour) => {
    expect(failures(colour)).toEqual([])
  })

  it('the default tags pass the rule the Tags dialog applies', () => {
    for (const tag of DEFAULT_TAGS) expect(tagColourProblem(tag.color)).toBeNull()
  })

  it('the old Claim amber #d97706 is refused, and its drawn underline is still shaded to 3:1', () => {
    expect(tagColourProblem('#d97706')).toMatch(/2\.95:1 against the light page/)
    expect(contrastRatio('#d97706', highlightContrast('#d97706', 'light').tint)).toBeLessThan(3)
    expect(failures('#d97706').filter((failure) => failure.includes('underline'))).toEqual([])
  })

  it('any colour the Tags dialog accepts draws every pair at AA in both themes', () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`)
    fc.assert(
      fc.property(hex, (colour) => {
        if (tagColourProblem(colour) !== null) return
        expect(failures(colour)).toEqual([])
      }),
      { numRuns: 3000 }
    )
  })
})
