import type { Span } from '@core/shared/text/snap'
import type { ChunkedReader } from './chunked-reader'

/** The names the matches are styled by: `::highlight(find-match)` and `::highlight(find-current)`. */
export const FIND_MATCH = 'find-match'
export const FIND_CURRENT = 'find-current'

/**
 * Find's matches drawn over the reader with the CSS Custom Highlight API: ranges, not decorations, so
 * they never touch the annotations' drawing or the text. Only matches in mounted chunks have ranges;
 * they are rebuilt whenever the reader's DOM changes (a chunk mounted, highlights redrawn).
 */
export class FindHighlights {
  private matches: readonly Span[] = []
  private current: number | null = null
  private readonly observer: MutationObserver
  private frame = 0

  constructor(
    private readonly reader: ChunkedReader,
    container: HTMLElement
  ) {
    this.observer = new MutationObserver(() => this.scheduleDraw())
    this.observer.observe(container, { childList: true, subtree: true })
  }

  set(matches: readonly Span[], current: number | null): void {
    this.matches = matches
    this.current = current
    this.draw()
  }

  destroy(): void {
    this.observer.disconnect()
    cancelAnimationFrame(this.frame)
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
    CSS.highlights.delete(FIND_MATCH)
    CSS.highlights.delete(FIND_CURRENT)
  }

  private scheduleDraw(): void {
    if (this.frame || this.matches.length === 0) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      this.draw()
    })
  }

  private draw(): void {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
    const others: Range[] = []
    const current: Range[] = []
    this.matches.forEach((match, index) => {
      const range = this.rangeOf(match)
      if (range) (index === this.current ? current : others).push(range)
    })
    CSS.highlights.set(FIND_MATCH, new Highlight(...others))
    CSS.highlights.set(FIND_CURRENT, new Highlight(...current))
  }

  private rangeOf(match: Span): Range | null {
    if (!this.reader.isDrawn(match.start) || !this.reader.isDrawn(Math.max(match.start, match.end - 1))) return null
    const start = this.reader.domPointAt(match.start, 'start')
    const end = this.reader.domPointAt(match.end, 'end')
    const range = document.createRange()
    range.setStart(start.node, start.offset)
    range.setEnd(end.node, end.offset)
    return range
  }
}
