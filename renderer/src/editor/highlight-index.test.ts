import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { DecorationSet } from '@tiptap/pm/view'
import { applyChunkChange, buildChunkDecorations } from './chunk-decorations'
import { chunkDocument } from './chunk-view'
import { splitChunks } from './chunks'
import { HighlightIndex, type ReaderHighlight } from './highlight-index'

const TEXT = [
  '🙂 Syrian army enters Hama 🇸🇾',
  'قال الجيش السوري إن حماة آمنة.',
  'The SOHR said 605 died (حماة).\nA line inside.',
  'Aleppo airport 👍🏽 taken.',
  'Last paragraph, last words.'
].join('\n\n')

const chunks = splitChunks(TEXT, { characters: 30, paragraphs: 2 })
const docs = chunks.map((chunk) => chunkDocument(TEXT, chunk))
const chunkOf = (i: number) => {
  const chunk = chunks[i]
  if (!chunk) throw new RangeError(`no chunk ${i}`)
  return chunk
}
const docOf = (i: number) => {
  const doc = docs[i]
  if (!doc) throw new RangeError(`no document for chunk ${i}`)
  return doc
}

/** A decoration set as comparable data: each range with its attributes, in order. */
function describeSet(set: DecorationSet, size: number): string[] {
  return set
    .find(0, size)
    .map((d) => `${d.from}-${d.to} ${JSON.stringify((d as unknown as { type: { attrs: object } }).type.attrs)}`)
    .sort()
}

const spanArbitrary = fc
  .tuple(fc.nat(TEXT.length), fc.nat(TEXT.length))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }))

type Operation =
  | { kind: 'add'; span: { start: number; end: number }; tag: string }
  | { kind: 'remove'; pick: number }
  | { kind: 'retag'; pick: number; tag: string }
  | { kind: 'pending'; pick: number }
  | { kind: 'select'; pick: number }
  | { kind: 'paint'; span: { start: number; end: number }; kept: boolean }

const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), span: spanArbitrary, tag: fc.constantFrom('claim', 'actor', 'place') }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('retag' as const), pick: fc.nat(), tag: fc.constantFrom('claim', 'actor', 'figure') }),
  fc.record({ kind: fc.constant('pending' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('select' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('paint' as const), span: spanArbitrary, kept: fc.boolean() })
)

describe('incremental highlight updates', () => {
  it('leave every chunk with exactly the decorations a full rebuild gives', () => {
    fc.assert(
      fc.property(fc.array(operationArbitrary, { minLength: 1, maxLength: 40 }), (operations) => {
        const index = new HighlightIndex(chunks)
        let sets = docs.map((doc, i) => buildChunkDecorations(doc, chunkOf(i), []))
        let highlights: ReaderHighlight[] = []
        let selected: string | null = null
        let next = 0
        for (const operation of operations) {
          const at = highlights.length > 0 && 'pick' in operation ? operation.pick % highlights.length : -1
          const target = highlights[at]
          if (operation.kind === 'add') highlights = [...highlights, { id: `a${next++}`, tag: operation.tag, ...operation.span }]
          else if (operation.kind === 'paint') {
            // A key press draws a pending span at once; the next full update keeps it (write under way) or not (rolled back).
            const painted: ReaderHighlight = { id: `p${next++}`, tag: 'claim', ...operation.span, pending: 'create' }
            for (const [chunk, change] of index.put(painted, true)) {
              sets = sets.map((set, i) => (i === chunk ? applyChunkChange(set, docOf(i), chunkOf(i), change) : set))
            }
            if (operation.kept) {
              highlights = [...highlights, { ...painted }]
              selected = painted.id
            }
          } else if (!target) continue
          else if (operation.kind === 'remove') highlights = highlights.filter((h) => h !== target)
          else if (operation.kind === 'retag') highlights = highlights.map((h) => (h === target ? { ...h, tag: operation.tag } : h))
          else if (operation.kind === 'pending') highlights = highlights.map((h) => (h === target ? { ...h, pending: h.pending ? undefined : 'create' } : h))
          else selected = target.id

          for (const [chunk, change] of index.update(highlights, selected)) {
            sets = sets.map((set, i) => (i === chunk ? applyChunkChange(set, docOf(i), chunkOf(i), change) : set))
          }
          const rebuilt = new HighlightIndex(chunks)
          rebuilt.update(highlights, selected)
          docs.forEach((doc, i) => {
            const full = buildChunkDecorations(doc, chunkOf(i), rebuilt.inChunk(i))
            const incremental = sets[i]
            expect(incremental && describeSet(incremental, doc.content.size)).toEqual(describeSet(full, doc.content.size))
          })
        }
      }),
      { seed: 11, numRuns: 200 }
    )
  })

  it('reports a change only in the chunks a new span lies in', () => {
    const index = new HighlightIndex(chunks)
    const existing = Array.from({ length: 50 }, (_, i) => ({ id: `e${i}`, tag: 'claim', start: i % TEXT.length, end: (i % TEXT.length) + 1 }))
    index.update(existing, null)
    const last = chunkOf(chunks.length - 1)
    const added = { id: 'new', tag: 'actor', start: last.start, end: last.end }
    const changes = index.update([...existing, added], null)
    expect([...changes.keys()]).toEqual([last.index])
    expect(changes.get(last.index)?.added.map((h) => h.id)).toEqual(['new'])
    expect(changes.get(last.index)?.removed.size).toBe(0)
  })

  it('redraws a highlight whose names changed language, and skips a copy whose names did not', () => {
    const index = new HighlightIndex(chunks)
    const span = { id: 'h', tag: 'place', start: 0, end: 5, label: 'Place: 🙂 Syr' }
    index.update([{ ...span, roleDescription: 'highlight', description: 'not saved yet', pending: 'create' }], null)
    expect(index.update([{ ...span, roleDescription: 'highlight', description: 'not saved yet', pending: 'create' }], null).size).toBe(0)
    const arabic = index.update([{ ...span, roleDescription: 'مقطع', description: 'لم يُحفظ بعد', pending: 'create' }], null)
    expect([...arabic.values()].flatMap((change) => change.added.map((h) => [h.roleDescription, h.description]))).toEqual([['مقطع', 'لم يُحفظ بعد']])
  })
})
