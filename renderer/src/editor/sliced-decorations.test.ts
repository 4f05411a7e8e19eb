import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { DecorationSet } from '@tiptap/pm/view'
import { buildChunkDecorations } from './chunk-decorations'
import { chunkDocument } from './chunk-view'
import { splitChunks, type TextChunk } from './chunks'
import { HighlightIndex, type ReaderHighlight } from './highlight-index'
import { SlicedDecorations } from './sliced-decorations'

const PARAGRAPHS = [
  '🙂 Syrian army enters Hama 🇸🇾',
  'قال الجيش السوري إن حماة آمنة.',
  'The SOHR said 605 died (حماة).\nA line inside.',
  'Aleppo airport 👍🏽 taken.',
  'Rebels reached the outskirts of Hama on Tuesday.',
  'الفصائل تتقدم نحو حماة 🇸🇾 من الشمال.',
  'Sources reported 1,600 displaced.',
  'Last paragraph, last words.'
]
const TEXT = PARAGRAPHS.join('\n\n')
const PER_SLICE = 3

function oneChunk(): TextChunk {
  const [chunk, ...rest] = splitChunks(TEXT, { characters: 10_000, paragraphs: 100 })
  if (!chunk || rest.length > 0) throw new Error('the text should make one chunk')
  return chunk
}
const chunk = oneChunk()
const doc = chunkDocument(TEXT, chunk)

/** A decoration set as comparable data: each range with its attributes, sorted. */
function describeSet(set: DecorationSet): string[] {
  return set
    .find(0, doc.content.size)
    .map((d) => `${d.from}-${d.to} ${JSON.stringify((d as unknown as { type: { attrs: object } }).type.attrs)}`)
    .sort()
}

function fullDrawing(highlights: readonly ReaderHighlight[], selected: string | null): string[] {
  const index = new HighlightIndex([chunk])
  index.update(highlights, selected)
  return describeSet(buildChunkDecorations(doc, chunk, index.inChunk(0)))
}

/** Two one-word highlights in every paragraph. */
function twoPerParagraph(): ReaderHighlight[] {
  return chunk.blocks.flatMap((block, i) => [
    { id: `a${i}`, tag: 'claim', start: block.start, end: block.start + 2 },
    { id: `b${i}`, tag: 'actor', start: block.end - 2, end: block.end }
  ])
}

function slicedOf(highlights: readonly ReaderHighlight[]): { sliced: SlicedDecorations; index: HighlightIndex } {
  const index = new HighlightIndex([chunk])
  index.update(highlights, null)
  return { sliced: new SlicedDecorations(doc, chunk, index.inChunk(0), PER_SLICE), index }
}

describe('highlights drawn in slices', () => {
  it('draw whole paragraphs in order, about one slice at a time, until all are drawn', () => {
    const highlights = twoPerParagraph()
    const { sliced } = slicedOf(highlights)
    const counts = [sliced.shown.find().length]
    while (sliced.drawing) {
      sliced.drawSlice()
      counts.push(sliced.shown.find().length)
    }
    // One paragraph (two highlights) per slice: a second would take the slice past three.
    expect(counts).toEqual([2, 4, 6, 8, 10, 12, 14, 16])
    expect(describeSet(sliced.shown)).toEqual(fullDrawing(highlights, null))
  })

  it('draw a paragraph with more highlights than a slice whole, in a slice of its own', () => {
    const block = chunk.blocks[4]
    if (!block) throw new Error('no fifth paragraph')
    const crowded = Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, tag: 'place', start: block.start + i, end: block.start + i + 3 }))
    const highlights = [...twoPerParagraph(), ...crowded]
    const { sliced } = slicedOf(highlights)
    const counts = [sliced.shown.find().length]
    while (sliced.drawing) {
      sliced.drawSlice()
      counts.push(sliced.shown.find().length)
    }
    expect(counts).toEqual([2, 4, 6, 8, 8 + 7, 17, 19, 21])
    expect(describeSet(sliced.shown)).toEqual(fullDrawing(highlights, null))
  })

  it('draw everything at once when there are no more than a slice', () => {
    const highlights = twoPerParagraph().slice(0, PER_SLICE)
    const { sliced } = slicedOf(highlights)
    expect(sliced.drawing).toBe(false)
    expect(describeSet(sliced.shown)).toEqual(fullDrawing(highlights, null))
  })

  it('draw a highlight at once where it is asked for (scrolled to or focused), ahead of the paragraphs before it', () => {
    const highlights = twoPerParagraph()
    const { sliced } = slicedOf(highlights)
    const last = chunk.positions.offsetToPos(chunk.end, 'end')
    expect(sliced.shown.find(last - 1, last)).toEqual([])
    sliced.drawAt(last - 1, last)
    expect(sliced.shown.find(last - 1, last).map((d) => (d.spec as { annotationId: string }).annotationId)).toEqual([`b${PARAGRAPHS.length - 1}`])
  })

  it('never show a removed or outdated highlight, and end with exactly what a full drawing shows', () => {
    const spanArbitrary = fc
      .tuple(fc.nat(TEXT.length), fc.nat(TEXT.length))
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }))
    type Step =
      | { kind: 'add'; spans: { start: number; end: number }[] }
      | { kind: 'remove'; pick: number }
      | { kind: 'retag'; pick: number }
      | { kind: 'rename' }
      | { kind: 'select'; pick: number }
      | { kind: 'slice' }
      | { kind: 'at'; span: { start: number; end: number } }
    const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
      // Up to ten at once: more than a slice, as a later page of a document's annotations brings.
      fc.record({ kind: fc.constant('add' as const), spans: fc.array(spanArbitrary, { minLength: 1, maxLength: 10 }) }),
      fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('retag' as const), pick: fc.nat() }),
      // Every highlight's name changes at once (the interface's language): as many removed as added.
      fc.record({ kind: fc.constant('rename' as const) }),
      fc.record({ kind: fc.constant('select' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('slice' as const) }),
      fc.record({ kind: fc.constant('at' as const), span: spanArbitrary })
    )
    fc.assert(
      fc.property(fc.array(spanArbitrary, { maxLength: 12 }), fc.array(stepArbitrary, { minLength: 1, maxLength: 30 }), (initial, steps) => {
        let next = 0
        let highlights: ReaderHighlight[] = initial.map((span) => ({ id: `h${next++}`, tag: 'claim', ...span }))
        let selected: string | null = null
        const { sliced, index } = slicedOf(highlights)
        for (const step of steps) {
          const target = highlights.length > 0 && 'pick' in step ? highlights[step.pick % highlights.length] : undefined
          if (step.kind === 'slice') sliced.drawSlice()
          else if (step.kind === 'at') {
            sliced.drawAt(chunk.positions.offsetToPos(step.span.start, 'start'), chunk.positions.offsetToPos(step.span.end, 'end'))
          } else {
            if (step.kind === 'add') highlights = [...highlights, ...step.spans.map((span) => ({ id: `h${next++}`, tag: 'actor', ...span }))]
            else if (step.kind === 'remove') highlights = highlights.filter((h) => h !== target)
            else if (step.kind === 'retag') highlights = highlights.map((h) => (h === target ? { ...h, tag: h.tag === 'claim' ? 'place' : 'claim' } : h))
            else if (step.kind === 'rename') highlights = highlights.map((h) => ({ ...h, label: h.label === 'Claim' ? 'مقطع' : 'Claim' }))
            else selected = target?.id ?? null
            const change = index.update(highlights, selected).get(0)
            if (change) sliced.apply(change)
          }
          const full = new Set(fullDrawing(highlights, selected))
          for (const shown of describeSet(sliced.shown)) expect(full.has(shown), `${shown} is drawn but no longer wanted`).toBe(true)
        }
        while (sliced.drawing) sliced.drawSlice()
        expect(describeSet(sliced.shown)).toEqual(fullDrawing(highlights, selected))
      }),
      { seed: 21, numRuns: 300 }
    )
  })
})
