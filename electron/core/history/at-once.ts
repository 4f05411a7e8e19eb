/**
 * Document files written at once by a bulk change or its undo: each write waits mostly for the disk to flush its
 * journal, so a few in flight overlap those waits. Each document keeps its own queue, so two writes of one
 * document never race; different documents share nothing a write changes but the index, which only learns of them.
 */
export const WRITES_AT_ONCE = 8

export interface AtOnce<R> {
  /** Each item's result, by the item's position; undefined where the work failed or was never started. */
  results: (R | undefined)[]
  /** Whether an item failed; then no item was started after it. */
  failed: boolean
  failure: unknown
}

/** Runs `work` on every item, at most `limit` at a time, starting no new item once one has failed. */
export async function atOnce<I, R>(items: readonly I[], work: (item: I) => Promise<R>, limit = WRITES_AT_ONCE): Promise<AtOnce<R>> {
  const outcome: AtOnce<R> = { results: new Array<R | undefined>(items.length).fill(undefined), failed: false, failure: undefined }
  let next = 0
  const worker = async (): Promise<void> => {
    while (!outcome.failed && next < items.length) {
      const index = next
      next += 1
      try {
        outcome.results[index] = await work(items[index] as I)
      } catch (error) {
        if (!outcome.failed) outcome.failure = error
        outcome.failed = true
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return outcome
}
