import { inEnglish, said, type Said } from '../i18n/said'

/**
 * Colour maths for tag highlights, shared by the core (to refuse an unreadable tag colour) and the
 * renderer (to draw highlights exactly as checked). A highlight is the tag colour at `TINT_ALPHA`
 * over the page, with text in the theme's ink on it and a 2 px underline in the tag colour.
 *
 * The rule: in both themes, body text on the tint (and on the stronger tint of a selected highlight) keeps
 * WCAG AA contrast (≥ 4.5:1), and the tag colour keeps non-text contrast (≥ 3:1) against the page, so it
 * stays recognisable. No one colour can also reach 3:1 against its own tint in both themes (a colour
 * dark enough for the light page is too dark for the dark one), so the underline is drawn in a shade of
 * the tag colour per theme (`underlineColour`: the colour itself where it suffices, else darkened in the
 * light theme, lightened in the dark) that reaches 3:1 against the page and both tints. Tag labels on
 * rows are drawn the same way at 4.5:1 (`labelColour`), instead of a CSS filter axe cannot see.
 */
export type Theme = 'light' | 'dark'

export interface ThemeColours {
  /** The reader's background. */
  page: string
  /** Panes and dialogs (the document and annotation lists). */
  surface: string
  ink: string
  /** Secondary text: sources, dates, counts, who made an annotation. */
  muted: string
  /** The background of the open document's row. */
  current: string
}

/** The same values as the custom properties in renderer/src/styles/app.css (a unit test compares them). */
export const THEME_COLOURS: Record<Theme, ThemeColours> = {
  light: { page: '#f7f6f3', surface: '#ffffff', ink: '#1f2328', muted: '#5f636a', current: '#eef2f4' },
  dark: { page: '#17191c', surface: '#1f2226', ink: '#e8e6e3', muted: '#a9adb4', current: '#2a3138' }
}

/** Opacity of a highlight's tint over the page, per theme. */
export const TINT_ALPHA: Record<Theme, number> = { light: 0.18, dark: 0.3 }
/** Opacity of a selected highlight's (and a hovered one's) stronger tint. */
export const SELECTED_ALPHA: Record<Theme, number> = { light: 0.33, dark: 0.45 }

export const TEXT_CONTRAST = 4.5
export const UNDERLINE_CONTRAST = 3

type Rgb = readonly [number, number, number]

export function parseHex(colour: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour)
  if (!match) throw new Error(`${colour} is not a #rrggbb colour`)
  return [parseInt(match[1] ?? '0', 16), parseInt(match[2] ?? '0', 16), parseInt(match[3] ?? '0', 16)]
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`
}

/** `top` at `alpha` over an opaque `bottom`. */
export function blend(top: string, alpha: number, bottom: string): string {
  const a = parseHex(top)
  const b = parseHex(bottom)
  return toHex([0, 1, 2].map((i) => (a[i] ?? 0) * alpha + (b[i] ?? 0) * (1 - alpha)) as unknown as Rgb)
}

/** WCAG 2.1 relative luminance. */
export function luminance(colour: string): number {
  const [r, g, b] = parseHex(colour).map((channel) => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as unknown as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2.1 contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

export interface HighlightContrast {
  theme: Theme
  tint: string
  selectedTint: string
  /** Body text on the tint, or on the selected tint where that is lower. */
  text: number
  /** The tag colour itself against the page. */
  underline: number
}

export function highlightContrast(colour: string, theme: Theme): HighlightContrast {
  const { page, ink } = THEME_COLOURS[theme]
  const tint = blend(colour, TINT_ALPHA[theme], page)
  const selectedTint = blend(colour, SELECTED_ALPHA[theme], page)
  return {
    theme,
    tint,
    selectedTint,
    text: Math.min(contrastRatio(ink, tint), contrastRatio(ink, selectedTint)),
    underline: contrastRatio(colour, page)
  }
}

/**
 * The first shade of `colour`, mixed towards black (light theme) or white (dark theme) in 2% steps,
 * with at least `ratio` against every background; black or white themselves when nothing nearer does.
 */
export function shadeWithContrast(colour: string, theme: Theme, backgrounds: readonly string[], ratio: number): string {
  const toward = theme === 'light' ? '#000000' : '#ffffff'
  for (let step = 0; step <= 50; step++) {
    const shade = blend(toward, step / 50, colour)
    if (backgrounds.every((background) => contrastRatio(shade, background) >= ratio)) return shade
  }
  return toward
}

/** The underline drawn under a highlight: ≥ 3:1 against the page, the tint and the selected tint. */
export function underlineColour(colour: string, theme: Theme): string {
  const { tint, selectedTint } = highlightContrast(colour, theme)
  return shadeWithContrast(colour, theme, [THEME_COLOURS[theme].page, tint, selectedTint], UNDERLINE_CONTRAST)
}

/** The tint of a selected row in a list (the tag colour over the pane's surface). */
export function rowTint(colour: string, theme: Theme): string {
  return blend(colour, TINT_ALPHA[theme], THEME_COLOURS[theme].surface)
}

/** A tag's label as text on the pane and on its own selected row: ≥ 4.5:1 against both. */
export function labelColour(colour: string, theme: Theme): string {
  const { surface, page } = THEME_COLOURS[theme]
  return shadeWithContrast(colour, theme, [surface, page, rowTint(colour, theme)], TEXT_CONTRAST)
}

/** Why `colour` would make highlights unreadable in some theme, as a message for the user; null when it is fine. */
export function tagColourMismatch(colour: string): Said | null {
  if (!/^#[0-9a-f]{6}$/i.test(colour)) return said('problems.tags.notAColour', { colour })
  const problems: Said[] = []
  for (const theme of ['light', 'dark'] as const) {
    const measured = highlightContrast(colour, theme)
    if (measured.text < TEXT_CONTRAST) {
      problems.push(said('problems.tags.textContrast', { measured: measured.text.toFixed(2), theme, needed: String(TEXT_CONTRAST) }))
    }
    if (measured.underline < UNDERLINE_CONTRAST) {
      problems.push(said('problems.tags.underlineContrast', { measured: measured.underline.toFixed(2), theme, needed: String(UNDERLINE_CONTRAST) }))
    }
  }
  const [first, ...rest] = problems
  if (!first) return null
  const listed = rest.reduce((all, next) => said('problems.core.join', { first: all, rest: next }), first)
  const advice = said(luminance(colour) > 0.2 ? 'problems.tags.chooseDarker' : 'problems.tags.chooseLighter')
  return said('problems.tags.hardToRead', { colour, problems: listed, advice })
}

/** `tagColourMismatch` in English. */
export function tagColourProblem(colour: string): string | null {
  const mismatch = tagColourMismatch(colour)
  return mismatch && inEnglish(mismatch)
}
