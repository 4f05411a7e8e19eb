/**
 * `tsx --tsconfig tsconfig.base.json bench/layer-toggle.ts [annotations]`: what showing or hiding another
 * annotator's layer costs the reader's highlight index, on a long document where two annotators each tagged
 * half the spans. It counts the highlights the index redraws (added per chunk: only the toggled layer's, none of
 * mine) and times the layer filter with the index update, and the filter alone.
 */
import type { Annotation } from '../electron/core/shared/model/annotation'
import { splitChunks } from '../renderer/src/editor/chunks'
import { HighlightIndex, type ChunkChange } from '../renderer/src/editor/highlight-index'
import { annotationsInLayers, EVERY_LAYER, toggleAnnotator, type LayeredAnnotation } from '../renderer/src/layers/layer-choice'
import { measure } from './measure'

const count = Number(process.argv[2] ?? 20_000)
const paragraph = 'The army entered Hama on Tuesday while residents fled north toward the countryside. '.repeat(4)
const text = Array.from({ length: Math.ceil(count / 8) }, () => paragraph).join('\n\n')
const chunks = splitChunks(text)
const annotations: Annotation[] = Array.from({ length: count }, (_, i) => {
  const start = (i * 41) % (text.length - 20)
  return { id: `a${i}`, tag: i % 2 ? 'actor' : 'place', start, end: start + 12, quote: text.slice(start, start + 12), prefix: '', suffix: '', attributes: {}, note: '', author: i % 2 ? 'Omar' : 'Rana', entityId: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
})
const redrawn = (changes: Map<number, ChunkChange>) => [...changes.values()].reduce((sum, change) => sum + change.added.length, 0)

const copies = new WeakMap<Annotation, LayeredAnnotation<Annotation>>()
const index = new HighlightIndex(chunks)
const both = EVERY_LAYER
const mine = toggleAnnotator(EVERY_LAYER, 'Rana', 'Omar', ['Omar'])
index.update(annotationsInLayers(annotations, 'Rana', mine, copies), null)
let shown = false
const toggle = () => {
  shown = !shown
  return index.update(annotationsInLayers(annotations, 'Rana', shown ? both : mine, copies), null)
}
console.log(`${count} annotations (half Rana's, half Omar's), ${chunks.length} chunks`)
console.log(`highlights redrawn showing Omar's layer: ${redrawn(toggle())}; hiding it: ${redrawn(toggle())} (removed only)`)
measure('toggle Omar’s layer (filter + index update)', toggle, 20, null)
measure('the layer filter alone (both layers shown)', () => annotationsInLayers(annotations, 'Rana', both, copies), 20, null)
