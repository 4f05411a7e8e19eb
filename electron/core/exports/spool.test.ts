import { readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { useOwnTmpdir } from '../testing/helpers'
import { TextSpool } from './spool'

const spoolRoot = useOwnTmpdir()

async function readAll(spool: TextSpool): Promise<string> {
  let text = ''
  for await (const piece of spool.read()) text += piece
  return text
}

describe('the export spool', () => {
  it('gives back exactly what was written, with characters of 2 to 4 bytes across its read boundaries, then leaves nothing behind', async () => {
    const spool = await TextSpool.create()
    // After one ASCII byte, 4-byte emoji put the first 1 MiB read boundary in the middle of a character.
    const pieces = ['x', '🙂'.repeat(300_000), ...Array.from({ length: 100_000 }, (_, i) => `${i}: حماة 🇸🇾 e\u0301 "q",\r\n`)]
    for (const piece of pieces) await spool.write(piece)
    expect(await readAll(spool)).toBe(pieces.join(''))
    expect(await readdir(spoolRoot())).toHaveLength(1)
    await spool.dispose()
    expect(await readdir(spoolRoot())).toEqual([])
  })

  it('is removed when the reader stops half-way, and disposing twice is harmless', async () => {
    const spool = await TextSpool.create()
    await spool.write('🙂'.repeat(1 << 20))
    for await (const piece of spool.read()) {
      expect(piece.length).toBeGreaterThan(0)
      break
    }
    await spool.dispose()
    await spool.dispose()
    expect(await readdir(spoolRoot())).toEqual([])
  })
})
