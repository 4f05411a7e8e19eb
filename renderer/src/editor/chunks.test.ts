import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isCodePointBoundary } from '@core/shared/text/spans'
import { chunkDocument } from './chunk-view'
import { chunkAt, chunksOfSpan, clipToChunk, splitChunks, type TextChunk } from './chunks'
import { buildReaderDocument } from './reader-document'

/** Pieces of text the generator strings together: astral characters, flags, Arabic, line and paragraph breaks. */
const PIECES = ['Hama', ' ', 'army', '🙂', '🇸🇾', '👍🏽', 'حماة', 'الجيش', '1,600', '\n', '\n\n', '\n\n\n', 'e\u0301', '.', '«', '»']

const textArbitrary = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 })
  .map((pieces) => pieces.join(''))
  .filter((text) => text.trim().length > 0)

function codePointBoundaries(text: string): number[] {
  const offsets: number[] = []
  for (let offset = 0; offset <= text.length; offset += 1) if (isCodePointBoundary(text, offset)) offsets.push(offset)
  return offsets
}

/** The characters a span highlights, chunk by chunk (separators between paragraphs are not drawn). */
function drawnInChunks(text: string, chunks: readonly TextChunk[], start: number, end: number): string {
  let drawn = ''
  for (const index of chunksOfSpan(chunks, start, end)) {
    const chunk = chunks[index]
    const range = chunk ? clipToChunk(chunk, start, end) : null
    if (chunk && range) drawn += chunkDocument(text, chunk).textBetween(range.from, range.to, '')
  }
  return drawn
}

/** What a span must highlight: its characters that lie in paragraphs, in order. */
function expectedDrawing(text: string, start: number, end: number): string {
  return buildReaderDocument(text)
    .positions.blocks.map((block) => text.slice(Math.max(start, block.start), Math.max(Math.max(start, block.start), Math.min(end, block.end))))
    .join('')
}

describe('text chunks', () => {
  it('cover every paragraph once, in order, each chunk whole paragraphs', () => {
    fc.assert(
      fc.property(textArbitrary, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 4 }), (text, characters, paragraphs) => {
        const chunks = splitChunks(text, characters, paragraphs)
        const blocks = chunks.flatMap((c) => c.blocks)
        expect(blocks).toEqual(buildReaderDocument(text).positions.blocks)
        for (const chunk of chunks) {
          expect(chunk.start).toBe(chunk.blocks[0]?.start)
          expect(chunk.end).toBe(chunk.blocks[chunk.blocks.length - 1]?.end)
          const doc = chunkDocument(text, chunk)
          expect(doc.childCount).toBe(chunk.blocks.length)
          chunk.blocks.forEach((block, i) => expect(doc.child(i).textContent).toBe(text.slice(block.start, block.end)))
        }
      }),
      { seed: 6, numRuns: 300 }
    )
  })

  it('highlight exactly the characters of every span that lie in paragraphs, across chunk boundaries', () => {
    fc.assert(
      fc.property(textArbitrary, fc.integer({ min: 1, max: 12 }), (text, characters) => {
        const chunks = splitChunks(text, characters, 2)
        const offsets = codePointBoundaries(text)
        for (const start of offsets) {
          for (const end of offsets) {
            if (end <= start) continue
            expect(drawnInChunks(text, chunks, start, end), `span ${start}–${end} of ${JSON.stringify(text)}`).toBe(expectedDrawing(text, start, end))
          }
        }
      }),
      { seed: 7, numRuns: 150 }
    )
  })

  it('round-trip every offset inside a paragraph through the position in its chunk', () => {
    fc.assert(
      fc.property(textArbitrary, fc.integer({ min: 1, max: 20 }), (text, characters) => {
        const chunks = splitChunks(text, characters, 3)
        for (const chunk of chunks) {
          const doc = chunkDocument(text, chunk)
          for (const block of chunk.blocks) {
            for (let offset = block.start; offset <= block.end; offset += 1) {
              const position = chunk.positions.offsetToPos(offset)
              expect(doc.resolve(position).parent.type.name).toBe('paragraph')
              expect(chunk.positions.posToOffset(position)).toBe(offset)
              expect(chunkAt(chunks, offset)).toBe(chunk.index)
            }
          }
        }
      }),
      { seed: 8, numRuns: 200 }
    )
  })

  it('keeps a long paragraph whole, closing the chunk after it', () => {
    const long = 'word '.repeat(50).trim()
    const text = `Short.\n\n${long}\n\nEnd 🇸🇾`
    const chunks = splitChunks(text, 20, 40)
    expect(chunks.map((c) => text.slice(c.start, c.end))).toEqual([`Short.\n\n${long}`, 'End 🇸🇾'])
  })
})
