// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isCodePointBoundary, trimSpan } from '@core/shared/text/spans'
import { ChunkView } from './chunk-view'
import { splitChunks, type TextChunk } from './chunks'
import { spanOfRange } from './dom-selection'

const PIECES = ['Hama', ' ', 'army', '🙂', '🇸🇾', '👍🏽', 'حماة', 'الجيش', '1,600', '\n', '\n\n', 'e\u0301', '.']
const textArbitrary = fc
  .array(fc.constantFrom(...PIECES), { minLength: 2, maxLength: 50 })
  .map((pieces) => `Start ${pieces.join('')} end`)

interface Mounted {
  container: HTMLElement
  views: Map<number, ChunkView>
  chunks: TextChunk[]
}

/** The reader's DOM as ChunkedReader builds it: one host per chunk, `mountedChunks` drawn, the rest placeholders. */
function mountReader(text: string, characters: number, mountedChunks: (index: number) => boolean): Mounted {
  const container = document.createElement('div')
  document.body.append(container)
  const chunks = splitChunks(text, { characters, paragraphs: 2 })
  const views = new Map<number, ChunkView>()
  for (const chunk of chunks) {
    const host = document.createElement('div')
    host.dataset.chunk = String(chunk.index)
    host.dataset.chunkStart = String(chunk.start)
    host.dataset.chunkEnd = String(chunk.end)
    container.append(host)
    if (mountedChunks(chunk.index)) views.set(chunk.index, new ChunkView(host, chunk, text, []))
  }
  return { container, views, chunks }
}

/** The DOM point of a text offset inside a mounted paragraph. */
function pointAt(mounted: Mounted, offset: number): [Node, number] {
  for (const [index, view] of mounted.views) {
    const chunk = mounted.chunks[index]
    const blockIndex = chunk?.blocks.findIndex((b) => b.start <= offset && offset <= b.end) ?? -1
    const block = chunk?.blocks[blockIndex]
    if (!block) continue
    const paragraph = view.view.dom.children[blockIndex]
    if (!paragraph) throw new Error('paragraph not drawn')
    return paragraph.firstChild ? [paragraph.firstChild, offset - block.start] : [paragraph, 0]
  }
  throw new Error(`offset ${offset} is not in a mounted paragraph`)
}

function range(start: [Node, number], end: [Node, number]): Range {
  const result = document.createRange()
  result.setStart(...start)
  result.setEnd(...end)
  return result
}

afterEach(() => {
  document.body.replaceChildren()
})

describe('a DOM selection in the chunked reader', () => {
  it('maps to the exact offsets of the whole text, wherever it starts and ends', () => {
    fc.assert(
      fc.property(textArbitrary, fc.integer({ min: 1, max: 15 }), fc.nat(), fc.nat(), (text, characters, a, b) => {
        const mounted = mountReader(text, characters, () => true)
        const inParagraphs = [...Array(text.length + 1).keys()].filter(
          (o) => isCodePointBoundary(text, o) && mounted.chunks.some((c) => c.blocks.some((bl) => bl.start <= o && o <= bl.end))
        )
        const start = inParagraphs[a % inParagraphs.length] ?? 0
        const end = inParagraphs[b % inParagraphs.length] ?? 0
        fc.pre(start < end)
        const span = spanOfRange(range(pointAt(mounted, start), pointAt(mounted, end)), text, mounted.container, (host) =>
          mounted.views.get(Number((host as HTMLElement).dataset.chunk))
        )
        expect(span).toEqual(trimSpan(text, start, end))
        for (const view of mounted.views.values()) view.destroy()
        mounted.container.remove()
      }),
      { seed: 21, numRuns: 300 }
    )
  })

  it('counts a chunk that is not drawn (a placeholder) whole when the selection runs over it', () => {
    const text = 'First paragraph 🙂.\n\nSecond حماة paragraph.\n\nThird 🇸🇾 paragraph.\n\nFourth one.'
    const mounted = mountReader(text, 1, (index) => index !== 1 && index !== 2)
    const start = text.indexOf('paragraph 🙂')
    const end = text.indexOf(' one')
    const selection = range(pointAt(mounted, start), pointAt(mounted, end))
    const span = spanOfRange(selection, text, mounted.container, (host) => mounted.views.get(Number((host as HTMLElement).dataset.chunk)))
    expect(span).toEqual({ start, end })
    expect(text.slice(start, end)).toBe('paragraph 🙂.\n\nSecond حماة paragraph.\n\nThird 🇸🇾 paragraph.\n\nFourth')
  })

  it('is null when only white space between paragraphs is selected', () => {
    const text = 'One.\n\nTwo.'
    const mounted = mountReader(text, 1, () => true)
    const span = spanOfRange(range(pointAt(mounted, 4), pointAt(mounted, 6)), text, mounted.container, (host) =>
      mounted.views.get(Number((host as HTMLElement).dataset.chunk))
    )
    expect(span).toBeNull()
  })
})
