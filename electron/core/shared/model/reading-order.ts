/** The place of a span in a document: enough to order annotations (and cursors into them). */
export interface OrderedSpan {
  start: number
  end: number
  id: string
}

/**
 * Reading order, the one rule for the reader's list, the paged reads and the exports: by start, the
 * longer span first where two start together, then by id (UTF-16 code units, never the locale), so the
 * order is total and a cursor names one place in it. Node-free: the renderer imports it too.
 */
export function compareReadingOrder(a: OrderedSpan, b: OrderedSpan): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** A copy of `annotations` in reading order. */
export function inReadingOrder<T extends OrderedSpan>(annotations: readonly T[]): T[] {
  return [...annotations].sort(compareReadingOrder)
}
