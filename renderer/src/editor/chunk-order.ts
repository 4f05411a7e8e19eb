/**
 * Of these chunks (indices into `hosts`), the one closest to the middle of the pane; -1 when there are none.
 * A single one is returned unmeasured: measuring lays out what the task before drew, a cost best left to the frame.
 */
export function closestToMiddle(scroller: HTMLElement, hosts: readonly HTMLElement[], indices: readonly number[]): number {
  if (indices.length <= 1) return indices[0] ?? -1
  const pane = scroller.getBoundingClientRect()
  const middle = (pane.top + pane.bottom) / 2
  let best = -1
  let bestDistance = Infinity
  for (const index of indices) {
    const rect = hosts[index]?.getBoundingClientRect()
    const distance = rect ? Math.min(Math.abs(rect.top - middle), Math.abs(rect.bottom - middle)) : Infinity
    if (distance < bestDistance) {
      best = index
      bestDistance = distance
    }
  }
  return best
}
