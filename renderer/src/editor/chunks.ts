import { splitParagraphs, type TextBlock } from '@core/shared/text/paragraphs'
import { PositionMap } from './position-map'

/**
 * A run of whole paragraphs the reader mounts as one ProseMirror view. Offsets stay those of the whole
 * text: `start` is its first paragraph's start, `end` its last paragraph's end, and its PositionMap maps
 * whole-text offsets to positions in the chunk's own document.
 */
export interface TextChunk {
  index: number
  start: number
  end: number
  blocks: readonly TextBlock[]
  positions: PositionMap
}

/** Chunks close a paragraph after this many UTF-16 units (a long paragraph makes a chunk of its own). */
export const CHUNK_CHARACTERS = 2_000
export const CHUNK_PARAGRAPHS = 20
/**
 * At most this many highlights drawn in a chunk (each counted in every paragraph it lies in), unless one
 * paragraph holds more. Drawing a chunk is one task, and on the first open after start (code not yet compiled)
 * each highlight costs about a quarter of a millisecond: 330 in one chunk made a 90 ms task.
 */
export const CHUNK_DECORATIONS = 100

export interface ChunkOptions {
  characters?: number
  paragraphs?: number
  decorations?: number
  /** The highlights known when the text is split (whole-text offsets): where they are dense, chunks are smaller. */
  spans?: readonly { start: number; end: number }[]
}

/** How many of the spans lie in each block (a span over several blocks counts in each: each draws its own part). */
export function spansPerBlock(blocks: readonly TextBlock[], spans: readonly { start: number; end: number }[]): number[] {
  const counts = blocks.map(() => 0)
  for (const span of spans) {
    let low = 0
    let high = blocks.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((blocks[middle]?.end ?? 0) <= span.start) low = middle + 1
      else high = middle
    }
    for (let i = low; i < blocks.length; i += 1) {
      const block = blocks[i]
      if (!block || block.start >= span.end) break
      if (Math.min(span.end, block.end) > Math.max(span.start, block.start)) counts[i] = (counts[i] ?? 0) + 1
    }
  }
  return counts
}

/**
 * Cuts a text into chunks of whole paragraphs, in order, covering every paragraph once. A chunk closes after
 * a paragraph that brings it to the character or paragraph limit, and before one that would take it past
 * the highlight limit.
 */
export function splitChunks(text: string, options: ChunkOptions = {}): TextChunk[] {
  const maxCharacters = options.characters ?? CHUNK_CHARACTERS
  const maxParagraphs = options.paragraphs ?? CHUNK_PARAGRAPHS
  const maxDecorations = options.decorations ?? CHUNK_DECORATIONS
  const blocks = splitParagraphs(text)
  const decorationsOf = spansPerBlock(blocks, options.spans ?? [])
  const chunks: TextChunk[] = []
  let pending: TextBlock[] = []
  let characters = 0
  let decorations = 0
  const close = (): void => {
    const first = pending[0]
    const last = pending[pending.length - 1]
    if (!first || !last) return
    chunks.push({ index: chunks.length, start: first.start, end: last.end, blocks: pending, positions: new PositionMap(pending) })
    pending = []
    characters = 0
    decorations = 0
  }
  blocks.forEach((block, i) => {
    const blockDecorations = decorationsOf[i] ?? 0
    if (decorations + blockDecorations > maxDecorations) close()
    pending.push(block)
    characters += block.end - block.start
    decorations += blockDecorations
    if (characters >= maxCharacters || pending.length >= maxParagraphs || decorations >= maxDecorations) close()
  })
  close()
  return chunks
}

/** The index of the chunk that holds `offset`; an offset between two chunks belongs to the later one. */
export function chunkAt(chunks: readonly TextChunk[], offset: number): number {
  let low = 0
  let high = chunks.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if ((chunks[middle]?.start ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/** The part of `[start, end)` inside a chunk, or null when the span draws nothing there. */
export function clipToChunk(chunk: TextChunk, start: number, end: number): { from: number; to: number } | null {
  const clippedStart = Math.max(start, chunk.start)
  const clippedEnd = Math.min(end, chunk.end)
  if (clippedEnd <= clippedStart) return null
  const from = chunk.positions.offsetToPos(clippedStart, 'start')
  const to = chunk.positions.offsetToPos(clippedEnd, 'end')
  return to > from ? { from, to } : null
}

/** The indices of the chunks a span may draw in (a chunk where only a separator falls draws nothing). */
export function chunksOfSpan(chunks: readonly TextChunk[], start: number, end: number): number[] {
  const first = chunkAt(chunks, start)
  const last = chunkAt(chunks, Math.max(start, end - 1))
  if (first === last) return [first]
  const indices: number[] = []
  for (let i = first; i <= last; i += 1) indices.push(i)
  return indices
}
