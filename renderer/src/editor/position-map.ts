import type { TextBlock } from '@core/shared/text/paragraphs'

/**
 * Exact translation between UTF-16 offsets into a document's text and ProseMirror positions in the
 * reader, whose document is one paragraph node per text block. ProseMirror counts text in UTF-16 units
 * too, so inside a paragraph the two differ only by where the paragraph starts; the blank-line
 * separators between blocks are not in the editor and each paragraph adds an open and a close token.
 */
export class PositionMap {
  /** Position of each paragraph's opening token. */
  private readonly blockPositions: number[]

  constructor(readonly blocks: readonly TextBlock[]) {
    this.blockPositions = []
    let position = 0
    for (const block of blocks) {
      this.blockPositions.push(position)
      position += block.end - block.start + 2
    }
  }

  /**
   * The position of a text offset. An offset inside a separator has no position of its own: a span's
   * start moves forward to the next paragraph (`bias: 'start'`), its end back to the previous one.
   */
  offsetToPos(offset: number, bias: 'start' | 'end' = 'start'): number {
    let index = lastIndexAtOrBefore(this.blocks.length, (i) => this.block(i).start <= offset)
    // A span that ends where a paragraph begins ends with the paragraph before it.
    if (bias === 'end' && index > 0 && offset === this.block(index).start) index -= 1
    const block = this.block(index)
    const blockPosition = this.blockPositions[index] ?? 0
    if (offset <= block.end) return blockPosition + 1 + Math.max(0, offset - block.start)
    if (bias === 'end' || index === this.blocks.length - 1) return blockPosition + 1 + (block.end - block.start)
    return (this.blockPositions[index + 1] ?? 0) + 1
  }

  /** The text offset of a position; positions between paragraphs map to the nearest paragraph edge. */
  posToOffset(position: number): number {
    const index = lastIndexAtOrBefore(this.blocks.length, (i) => (this.blockPositions[i] ?? 0) <= position)
    const block = this.block(index)
    const inside = position - (this.blockPositions[index] ?? 0) - 1
    return block.start + Math.min(Math.max(inside, 0), block.end - block.start)
  }

  private block(index: number): TextBlock {
    const block = this.blocks[index]
    if (!block) throw new RangeError(`No text block ${index}`)
    return block
  }
}

/** Binary search over indices 0..length-1 for the last index where the monotone `test` holds (0 if none). */
function lastIndexAtOrBefore(length: number, test: (index: number) => boolean): number {
  let low = 0
  let high = length - 1
  let found = 0
  while (low <= high) {
    const middle = (low + high) >>> 1
    if (test(middle)) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}
