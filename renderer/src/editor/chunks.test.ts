import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isCodePointBoundary } from '@core/shared/text/spans'
import { chunkDocument } from './chunk-view'
import { CHUNK_CHARACTERS, CHUNK_DECORATIONS, chunkAt, chunksOfSpan, clipToChunk, splitChunks, spansPerBlock, type TextChunk } from './chunks'
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
        const chunks = splitChunks(text, { characters, paragraphs })
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
        const chunks = splitChunks(text, { characters, paragraphs: 2 })
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
        const chunks = splitChunks(text, { characters, paragraphs: 3 })
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
    const chunks = splitChunks(text, { characters: 20, paragraphs: 40 })
    expect(chunks.map((c) => text.slice(c.start, c.end))).toEqual([`Short.\n\n${long}`, 'End 🇸🇾'])
  })
})

describe('chunks where highlights are dense', () => {
  const decorationsIn = (chunk: TextChunk, spans: readonly { start: number; end: number }[]): number =>
    spansPerBlock(chunk.blocks, spans).reduce((sum, count) => sum + count, 0)

  it('hold no more highlights than the bound unless one paragraph alone does, and close early only when the next paragraph would pass it', () => {
    const spansArbitrary = (length: number) =>
      fc.array(
        fc.tuple(fc.nat(length), fc.nat(length)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) + 1 })),
        { maxLength: 40 }
      )
    fc.assert(
      fc.property(
        textArbitrary.chain((text) => fc.tuple(fc.constant(text), spansArbitrary(text.length), fc.integer({ min: 1, max: 6 }))),
        ([text, spans, bound]) => {
          const chunks = splitChunks(text, { characters: 10_000, paragraphs: 100, decorations: bound, spans })
          expect(chunks.flatMap((c) => c.blocks)).toEqual(buildReaderDocument(text).positions.blocks)
          chunks.forEach((chunk, i) => {
            const count = decorationsIn(chunk, spans)
            if (chunk.blocks.length > 1) expect(count, `chunk ${i} of ${chunk.blocks.length} paragraphs`).toBeLessThanOrEqual(bound)
            const next = chunks[i + 1]
            if (next && count < bound) expect(count + decorationsIn({ ...next, blocks: next.blocks.slice(0, 1) }, spans)).toBeGreaterThan(bound)
          })
        }
      ),
      { seed: 9, numRuns: 300 }
    )
  })

  it('split a dense stretch into paragraphs of their own and leave the sparse text around it in long chunks', () => {
    const paragraph = Array.from({ length: 80 }, (_, i) => (i % 7 === 0 ? 'حماة' : 'army')).join(' ')
    const paragraphs = Array.from({ length: 30 }, () => paragraph)
    const text = paragraphs.join('\n\n')
    const blocks = buildReaderDocument(text).positions.blocks
    // A highlight on every word of paragraphs 10 to 19 (as in a 5,000-word text with 5,000 highlights), none elsewhere.
    const spans = blocks.slice(10, 20).flatMap((block) => [...text.slice(block.start, block.end).matchAll(/\S+/g)].map((m) => ({ start: block.start + m.index, end: block.start + m.index + m[0].length })))
    const chunks = splitChunks(text, { spans })
    for (const chunk of chunks) {
      if (chunk.blocks.length > 1) expect(decorationsIn(chunk, spans)).toBeLessThanOrEqual(CHUNK_DECORATIONS)
    }
    // Each dense paragraph in a chunk of its own (with sparse ones, at most, beside it).
    const dense = chunks.map((chunk) => spansPerBlock(chunk.blocks, spans).filter((count) => count > 0).length).filter((count) => count > 0)
    expect(dense).toEqual(Array.from({ length: 10 }, () => 1))
    const before = chunks.filter((chunk) => chunk.end <= (blocks[10]?.start ?? 0) && decorationsIn(chunk, spans) === 0)
    expect(before.length).toBeGreaterThan(0)
    for (const chunk of before) expect(chunk.end - chunk.start).toBeGreaterThanOrEqual(CHUNK_CHARACTERS)
  })

  it('keep a paragraph with more highlights than the bound whole, in a chunk of its own', () => {
    const text = `Before.\n\n${'word '.repeat(300).trim()}\n\nAfter.`
    const middle = buildReaderDocument(text).positions.blocks[1]
    if (!middle) throw new Error('no middle paragraph')
    const spans = Array.from({ length: 300 }, (_, i) => ({ start: middle.start + 5 * i, end: middle.start + 5 * i + 4 }))
    const chunks = splitChunks(text, { spans })
    expect(chunks.map((c) => text.slice(c.start, c.end))).toEqual(['Before.', text.slice(middle.start, middle.end), 'After.'])
  })

  it('count a highlight in every paragraph it covers, and none that covers only the break between two', () => {
    const text = 'One two.\n\nThree.\n\nFour five.'
    const blocks = buildReaderDocument(text).positions.blocks
    expect(spansPerBlock(blocks, [{ start: 4, end: 20 }])).toEqual([1, 1, 1])
    expect(spansPerBlock(blocks, [{ start: 8, end: 10 }])).toEqual([0, 0, 0])
    expect(spansPerBlock(blocks, [{ start: 0, end: 3 }, { start: 4, end: 7 }, { start: 10, end: 15 }])).toEqual([2, 1, 0])
  })
})
