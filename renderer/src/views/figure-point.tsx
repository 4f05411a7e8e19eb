import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye } from 'd3-shape'
import type { SymbolType } from 'recharts/types/util/types'

/** A point's area in px², as recharts' ZAxis range gives its own symbols. */
export const POINT_AREA = 110

const SYMBOLS = { circle: symbolCircle, cross: symbolCross, diamond: symbolDiamond, square: symbolSquare, star: symbolStar, triangle: symbolTriangle, wye: symbolWye }
const PATHS = new Map((Object.keys(SYMBOLS) as SymbolType[]).map((type) => [type, symbol(SYMBOLS[type], POINT_AREA)() ?? '']))

type PointShape = (props: { cx?: number; cy?: number }) => React.JSX.Element | null
const shapes = new Map<string, PointShape>()

/**
 * A scatter point drawn as one path of the outlet's shape: recharts' own symbols cost several components
 * per point, and 600 points took 200 ms to mount. Recharts still wraps each point for clicks and tooltips.
 * One function per shape and colour, the same on every render.
 */
export function pointShape(type: SymbolType, fill: string): PointShape {
  const key = `${type} ${fill}`
  let shape = shapes.get(key)
  if (!shape) {
    const d = PATHS.get(type) ?? ''
    shape = ({ cx, cy }) => (cx === undefined || cy === undefined ? null : <path className="figure-point" d={d} fill={fill} transform={`translate(${cx},${cy})`} />)
    shapes.set(key, shape)
  }
  return shape
}
