import * as crypto from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { describe, expect, it, vi } from 'vitest'
import { hasBearerToken } from './guards'

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>()
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) }
})

function withAuthorization(authorization: string): IncomingMessage {
  return { headers: { authorization } } as IncomingMessage
}

describe('hasBearerToken', () => {
  it('compares every sent token in constant time, on equal-length buffers, whatever its length', () => {
    const token = 'a'.repeat(43)
    const compare = vi.mocked(crypto.timingSafeEqual)
    for (const sent of [token, 'a', 'a'.repeat(44), 'b'.repeat(43), '🙂'.repeat(100)]) {
      compare.mockClear()
      expect(hasBearerToken(withAuthorization(`Bearer ${sent}`), token)).toBe(sent === token)
      expect(compare).toHaveBeenCalledTimes(1)
      const [a, b] = compare.mock.calls[0] ?? []
      expect((a as Buffer).length).toBe((b as Buffer).length)
    }
  })
})
