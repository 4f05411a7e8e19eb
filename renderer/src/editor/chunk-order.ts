/**
 * Of these chunk indices, the closest to `middle` (the later one on a tie: the reader reads on); -1 when there
 * are none. By index, not by measuring the chunks' places: a measure would lay out, in this task, what the
 * task before drew, and that layout is best left to the frame.
 */
export function closestTo(middle: number, indices: Iterable<number>): number {
  let best = -1
  let bestDistance = Infinity
  for (const index of indices) {
    const distance = Math.abs(index - middle)
    if (distance < bestDistance || (distance === bestDistance && index > best)) {
      best = index
      bestDistance = distance
    }
  }
  return best
}
