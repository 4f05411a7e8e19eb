/**
 * An outlet's colour and shape in the Figures chart, from its name alone: the same outlet keeps its look in
 * every chart and when outlets are added or removed (by list position, adding one repainted the rest).
 * The colours are `--outlet-N` in views.css, 3:1 or more against the chart in each theme.
 */
export const OUTLET_COLOURS = 8
export const OUTLET_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye'] as const
export type OutletShape = (typeof OUTLET_SHAPES)[number]

export interface OutletStyle {
  colour: string
  shape: OutletShape
}

/** FNV-1a over the UTF-16 units of the name: fast, stable across sessions and platforms, spreads short names. */
function hash(text: string, seed: number): number {
  let h = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 16777619) >>> 0
  }
  return h
}

const colourOf = (outlet: string) => hash(outlet, 2166136261) % OUTLET_COLOURS
const shapeOf = (outlet: string) => hash(outlet, 0x811c9dc5 ^ 0x5bd1e995) % OUTLET_SHAPES.length

/**
 * The styles of the outlets charted together. Each takes its own colour and shape; only when two outlets in
 * the same chart would look identical does the later one (by name, so the choice is stable too) take the next shape.
 */
export function outletStyles(outlets: readonly string[]): Map<string, OutletStyle> {
  const styles = new Map<string, OutletStyle>()
  const used = new Set<string>()
  for (const outlet of [...new Set(outlets)].sort()) {
    const colour = colourOf(outlet)
    let shape = shapeOf(outlet)
    for (let tries = 0; tries < OUTLET_SHAPES.length && used.has(`${colour} ${shape}`); tries++) shape = (shape + 1) % OUTLET_SHAPES.length
    used.add(`${colour} ${shape}`)
    styles.set(outlet, { colour: `var(--outlet-${colour})`, shape: OUTLET_SHAPES[shape] ?? 'circle' })
  }
  return styles
}
