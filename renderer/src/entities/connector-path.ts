export interface Box {
  left: number
  top: number
  width: number
  height: number
}

/** How high the connector arches above the higher of its two ends, in pixels. */
const ARCH_PX = 28

/**
 * An SVG path joining the top middle of two boxes (the first line of each highlight) with a curve
 * arching above both, so it never hides the words it joins.
 */
export function connectorPath(from: Box, to: Box): string {
  const x1 = from.left + from.width / 2
  const y1 = from.top
  const x2 = to.left + to.width / 2
  const y2 = to.top
  const peak = Math.min(y1, y2) - ARCH_PX
  const round = (n: number): number => Math.round(n * 10) / 10
  return `M ${round(x1)} ${round(y1)} C ${round(x1)} ${round(peak)} ${round(x2)} ${round(peak)} ${round(x2)} ${round(y2)}`
}

/** Whether a box is at least partly inside the visible area. */
export function intersects(box: Box, area: Box): boolean {
  return box.left < area.left + area.width && box.left + box.width > area.left && box.top < area.top + area.height && box.top + box.height > area.top
}
