import type { TextChunk } from './chunks'

/** The reader's text metrics (18px serif at 1.7 line height, 0.95em paragraph gap), for chunks not yet drawn. */
export interface LineMetrics {
  lineWidth: number
  characterWidth: number
  lineHeight: number
  paragraphGap: number
}

export const DEFAULT_METRICS: Omit<LineMetrics, 'lineWidth'> = { characterWidth: 8.6, lineHeight: 30.6, paragraphGap: 17.1 }

/** A chunk's height before it is drawn: its paragraphs' characters wrapped at the line width. */
export function estimateChunkHeight(chunk: TextChunk, metrics: LineMetrics): number {
  const charactersPerLine = Math.max(1, Math.floor(metrics.lineWidth / metrics.characterWidth))
  let height = 0
  for (const block of chunk.blocks) {
    const lines = Math.max(1, Math.ceil((block.end - block.start) / charactersPerLine))
    height += lines * metrics.lineHeight + metrics.paragraphGap
  }
  return height
}
