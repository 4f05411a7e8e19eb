import { describe, expect, it } from 'vitest'
import { getSchema } from '@tiptap/core'
import Document from '@tiptap/extension-document'
import Paragraph from '@tiptap/extension-paragraph'
import Text from '@tiptap/extension-text'
import { isCodePointBoundary } from '@core/shared/text/spans'
import { normalizeText } from '@core/shared/text/normalize'
import type { TextBlock } from '@core/shared/text/paragraphs'
import { buildReaderDocument } from './reader-document'

const schema = getSchema([Document, Paragraph, Text])

const texts: Record<string, string> = {
  'several paragraphs': 'Hama holds.\n\nThe army said 1,600 fell.\n\nAleppo airport taken.',
  'emoji first and last': '🙂 Syrian army enters Hama 🇸🇾',
  'emoji across paragraphs': 'Start 👍🏽 here.\n\n🙂\n\nEnd with flag 🇸🇾',
  'Arabic and mixed direction': 'قال الجيش السوري إن حماة آمنة.\n\nThe SOHR said 605 died (حماة).',
  'line break inside a paragraph': 'Autor: OSG\nFuente: Al Mayadeen\n\nNext paragraph.',
  'single character': 'x',
  'combining marks': 'Cafe\u0301 in Ḥamāh, and e\u0301 again.'
}

function boundaries(text: string): number[] {
  const offsets: number[] = []
  for (let offset = 0; offset <= text.length; offset += 1) if (isCodePointBoundary(text, offset)) offsets.push(offset)
  return offsets
}

/** Where a span's start lands: offsets inside a blank-line separator move on to the next paragraph. */
function startInParagraph(blocks: readonly TextBlock[], offset: number): number {
  const next = blocks.find((b) => b.start >= offset)
  const inSeparator = !blocks.some((b) => b.start <= offset && offset <= b.end)
  return inSeparator && next ? next.start : offset
}

/** Where a span's end lands: in a separator or at a paragraph's very start, back to the previous paragraph's end. */
function endInParagraph(blocks: readonly TextBlock[], offset: number): number {
  const previous = [...blocks].reverse().find((b) => b.end < offset || (b.end <= offset && b.start < offset))
  const atParagraphStart = blocks.some((b, i) => i > 0 && b.start === offset)
  const inSeparator = !blocks.some((b) => b.start <= offset && offset <= b.end)
  return (atParagraphStart || inSeparator) && previous ? previous.end : offset
}

describe('reader document and position map', () => {
  for (const [name, text] of Object.entries(texts)) {
    describe(name, () => {
      const { content, positions } = buildReaderDocument(text)
      const doc = schema.nodeFromJSON(content)

      it('holds the text byte for byte, one paragraph per block', () => {
        expect(doc.textBetween(0, doc.content.size, '\n\n')).toBe(text)
        expect(doc.childCount).toBe(positions.blocks.length)
      })

      it('maps every span to the positions of exactly its text', () => {
        const offsets = boundaries(text)
        for (const start of offsets) {
          for (const end of offsets) {
            if (end <= start) continue
            const from = positions.offsetToPos(start, 'start')
            const to = positions.offsetToPos(end, 'end')
            const expected = text.slice(startInParagraph(positions.blocks, start), endInParagraph(positions.blocks, end))
            expect(doc.textBetween(from, to, '\n\n'), `span ${start}–${end}`).toBe(expected)
          }
        }
      })

      it('round-trips every offset inside a paragraph through a position', () => {
        for (const block of positions.blocks) {
          for (let offset = block.start; offset <= block.end; offset += 1) {
            const position = positions.offsetToPos(offset)
            expect(doc.resolve(position).parent.type.name).toBe('paragraph')
            expect(positions.posToOffset(position)).toBe(offset)
          }
        }
      })
    })
  }

  it('maps the first and the last character of the document', () => {
    const text = '🙂 first … last 🇸🇾'
    const { content, positions } = buildReaderDocument(text)
    const doc = schema.nodeFromJSON(content)
    expect(doc.textBetween(positions.offsetToPos(0), positions.offsetToPos(2, 'end'))).toBe('🙂')
    expect(doc.textBetween(positions.offsetToPos(text.length - 4), positions.offsetToPos(text.length, 'end'))).toBe('🇸🇾')
    expect(positions.posToOffset(0)).toBe(0)
    expect(positions.posToOffset(doc.content.size)).toBe(text.length)
  })

  it('sends offsets in a paragraph separator to the nearest paragraph edge', () => {
    const text = 'One.\n\nTwo.'
    const { positions } = buildReaderDocument(text)
    // Offset 5 is between the two newlines: a span starting there starts at "Two", one ending there ends after "One.".
    expect(positions.posToOffset(positions.offsetToPos(5, 'start'))).toBe(6)
    expect(positions.posToOffset(positions.offsetToPos(5, 'end'))).toBe(4)
  })

  it('gives the sample articles as many paragraphs as they have lines', () => {
    const text = normalizeText('Title line\nFirst paragraph.\nSecond paragraph.')
    const { positions } = buildReaderDocument(text)
    expect(positions.blocks).toHaveLength(3)
  })
})
