import { describe, expect, it } from 'vitest'
import type { DocumentRecord } from '../model/document'
import { readAhead } from './source'

const record = (id: string) => ({ id }) as DocumentRecord

describe('export read-ahead', () => {
  it('yields documents in project order, however the reads finish, with a few reads in flight at most', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `d${i}`)
    let inFlight = 0
    let most = 0
    const read = async (id: string) => {
      inFlight += 1
      most = Math.max(most, inFlight)
      // Later documents finish first, to catch an iterator that yields in completion order.
      await new Promise((resolve) => setTimeout(resolve, 30 - Number(id.slice(1))))
      inFlight -= 1
      return record(id)
    }
    const seen: string[] = []
    for await (const document of readAhead(ids, read)) seen.push(document.id)
    expect(seen).toEqual(ids)
    expect(most).toBeGreaterThan(1)
    expect(most).toBeLessThanOrEqual(4)
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
