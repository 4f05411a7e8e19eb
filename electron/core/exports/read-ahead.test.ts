import { describe, expect, it } from 'vitest'
import type { DocumentRecord } from '../shared/model/document'
import { readAhead } from './source'

const record = (id: string, textLength = 100) => ({ id, text: 'x'.repeat(textLength), annotations: [] }) as unknown as DocumentRecord

describe('export read-ahead', () => {
  /** Reads every document through readAhead, noting how many reads were in flight at once (and how many of them were of `books`). */
  async function readAll(ids: string[], textLength: (id: string) => number, books = new Set<string>()) {
    let inFlight = 0
    let finished = 0
    let mostAtStart = 0
    let mostLater = 0
    let booksReading = 0
    let booksInFlight = 0
    const seen: string[] = []
    const read = async (id: string) => {
      inFlight += 1
      if (books.has(id)) booksInFlight = Math.max(booksInFlight, (booksReading += 1))
      // Before any read has finished, the size of the documents is unknown.
      if (finished === 0) mostAtStart = Math.max(mostAtStart, inFlight)
      else mostLater = Math.max(mostLater, inFlight)
      // Later documents finish first, to catch an iterator that yields in completion order.
      await new Promise((resolve) => setTimeout(resolve, 30 - (Number(id.slice(1)) % 30)))
      inFlight -= 1
      finished += 1
      if (books.has(id)) booksReading -= 1
      return record(id, textLength(id))
    }
    for await (const document of readAhead(ids, read)) seen.push(document.id)
    return { seen, mostAtStart, mostLater, booksInFlight }
  }

  it('yields documents in project order however the reads finish, reading up to 16 short articles ahead', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `d${i}`)
    const { seen, mostAtStart, mostLater } = await readAll(ids, () => 3_000)
    expect(seen).toEqual(ids)
    expect(mostAtStart).toBeLessThanOrEqual(4)
    expect(mostLater).toBeGreaterThan(4)
    expect(mostLater).toBeLessThanOrEqual(16)
  })

  it('reads only two books ahead, so memory follows the documents\' size, not a count', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `d${i}`)
    const { seen, mostLater } = await readAll(ids, () => 5_000_000)
    expect(seen).toEqual(ids)
    expect(mostLater).toBeLessThanOrEqual(2)
  })

  it('after a run of short articles, does not start more than a few book reads at once', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `d${i}`)
    const books = new Set(ids.slice(5))
    const { seen, booksInFlight } = await readAll(ids, (id) => (books.has(id) ? 5_000_000 : 1_000), books)
    expect(seen).toEqual(ids)
    // Five short articles raise the read-ahead by one each, from 4: at most 9 reads, and books seen soon bring it to 2.
    expect(booksInFlight).toBeLessThanOrEqual(9)
  })

  it('yields the documents before a damaged one, then fails with its error; a failed read waiting in the queue is no unhandled rejection', async () => {
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    try {
      const read = async (id: string) => {
        if (id === 'd2') throw new Error('d2.json is not JSON')
        await new Promise((resolve) => setTimeout(resolve, 20))
        return record(id)
      }
      const seen: string[] = []
      await expect(
        (async () => {
          for await (const document of readAhead(['d0', 'd1', 'd2', 'd3'], read)) seen.push(document.id)
        })()
      ).rejects.toThrow('d2.json is not JSON')
      expect(seen).toEqual(['d0', 'd1'])
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  })
})
