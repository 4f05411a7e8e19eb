import { DEFAULT_METRICS, estimateChunkHeight } from './chunk-heights'
import { ChunkView } from './chunk-view'
import { closestTo } from './chunk-order'
import { chunkAt, splitChunks, type TextChunk } from './chunks'
import { offsetOfPoint, spanOfRange } from './dom-selection'
import { DrawingTasks } from './drawing-tasks'
import { HighlightIndex, type ChunkChange, type ReaderHighlight } from './highlight-index'

/** How far beyond the visible part of the pane chunks are mounted ahead of need. */
const MOUNT_MARGIN_PX = 1600
/**
 * How long the first draw may keep mounting the chunks in view (at least one is always mounted). On the
 * first open after start every chunk mounts slowly (the code is not compiled yet): the rest in view then
 * come in tasks of their own, before any other chunk, so no task grows long. Each task measures where the
 * chunks are once, before mounting any: measuring after a mount would lay that chunk out in the same task.
 */
const FIRST_DRAW_BUDGET_MS = 12
/**
 * The reader text's width when a reader last measured it. A new reader estimates its placeholders with it
 * rather than measuring at once, which would lay out the page React has just changed inside the open's task.
 */
let lastLineWidth: number | null = null

export interface ChunkedReaderOptions {
  text: string
  /** The element the chunks go in (the reader's text). */
  container: HTMLElement
  /** The scrolling pane around it. */
  scroller: HTMLElement
  highlights: readonly ReaderHighlight[]
  selectedId: string | null
}

/**
 * The text drawn in chunks of whole paragraphs, each a read-only ProseMirror view mounted only near the
 * viewport; the others are placeholders of measured (or, before they were ever drawn, estimated) height.
 * Every API speaks whole-text UTF-16 offsets: the chunks are an implementation detail.
 */
export class ChunkedReader {
  readonly chunks: TextChunk[]
  private readonly text: string
  private readonly container: HTMLElement
  private readonly scroller: HTMLElement
  private readonly index: HighlightIndex
  private readonly hosts: HTMLElement[] = []
  private readonly views = new Map<number, ChunkView>()
  private readonly near = new Set<number>()
  private readonly observer: IntersectionObserver
  private readonly tasks = new DrawingTasks(() => this.mountNextNear())
  /** While the first draw is cut short: the line width its estimates were made for (calibrated once it is done). */
  private firstDrawWidth: number | null = null
  /** The chunk at the middle of the pane when it was last measured (on a scroll): what is drawn next is the closest to it. */
  private middleChunk = 0

  constructor(options: ChunkedReaderOptions) {
    const started = performance.now()
    this.text = options.text
    this.container = options.container
    this.scroller = options.scroller
    this.chunks = splitChunks(options.text, { spans: options.highlights })
    this.index = new HighlightIndex(this.chunks)
    this.index.update(options.highlights, options.selectedId)

    lastLineWidth ??= this.container.clientWidth || 640
    const metrics = { ...DEFAULT_METRICS, lineWidth: lastLineWidth }
    const fragment = document.createDocumentFragment()
    for (const chunk of this.chunks) {
      const host = document.createElement('div')
      host.className = 'reader-chunk'
      host.dataset.chunk = String(chunk.index)
      host.dataset.chunkStart = String(chunk.start)
      host.dataset.chunkEnd = String(chunk.end)
      host.dataset.chunkState = 'placeholder'
      host.style.height = `${estimateChunkHeight(chunk, metrics)}px`
      this.hosts.push(host)
      fragment.append(host)
    }
    this.container.append(fragment)
    if (performance.now() > started + FIRST_DRAW_BUDGET_MS) {
      // A long text took the budget to split and index: its first chunks are drawn in a task of their own,
      // after the frame has laid out the page with its placeholders (so measuring them costs nothing).
      this.firstDrawWidth = metrics.lineWidth
      this.tasks.afterPaint()
    } else if (this.mountVisible(started + FIRST_DRAW_BUDGET_MS)) {
      this.firstDrawWidth = metrics.lineWidth
      this.tasks.soon()
    } else this.calibrateEstimates(metrics.lineWidth)

    this.observer = new IntersectionObserver((entries) => this.onIntersection(entries), {
      root: this.scroller,
      rootMargin: `${MOUNT_MARGIN_PX}px 0px`
    })
    for (const host of this.hosts) this.observer.observe(host)
    this.scroller.addEventListener('scroll', this.onScroll, { passive: true })
  }

  /** Draws exactly these highlights; only those that changed are redrawn, in the chunks they lie in. */
  setHighlights(highlights: readonly ReaderHighlight[], selectedId: string | null): void {
    for (const [chunk, change] of this.index.update(highlights, selectedId)) this.applyChange(chunk, change)
  }

  /** Draws one highlight at once (a key press's pending span) in the chunks it lies in, before the next `setHighlights`. */
  paintNow(highlight: ReaderHighlight, selected: boolean): void {
    for (const [chunk, change] of this.index.put(highlight, selected)) this.applyChange(chunk, change)
  }

  /** The whole-text span of the DOM selection, trimmed of white space; null when nothing in the text is selected. */
  selectedSpan(): { start: number; end: number } | null {
    const selection = document.getSelection()
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
    return spanOfRange(selection.getRangeAt(0), this.text, this.container, (host) => this.viewOfHost(host))
  }

  /** The whole-text offset of a DOM point anywhere in the reader (see `offsetOfPoint`). */
  offsetOfDomPoint(node: Node, offset: number): number {
    return offsetOfPoint(node, offset, this.text, this.container, (host) => this.viewOfHost(host))
  }

  /** Whether the text at an offset is drawn now (its chunk mounted). */
  isDrawn(offset: number): boolean {
    return this.views.has(chunkAt(this.chunks, offset))
  }

  /** The DOM point of a whole-text offset, its chunk mounted first (an offset between paragraphs goes to an edge). */
  domPointAt(offset: number, bias: 'start' | 'end' = 'start'): { node: Node; offset: number } {
    const view = this.mount(chunkAt(this.chunks, bias === 'end' ? Math.max(0, offset - 1) : offset))
    const clamped = Math.min(Math.max(offset, view.chunk.start), view.chunk.end)
    return view.view.domAtPos(view.chunk.positions.offsetToPos(clamped, bias))
  }

  /** Removes the text selection, from the page and from every chunk's view. */
  clearSelection(): void {
    document.getSelection()?.removeAllRanges()
    for (const view of this.views.values()) view.forgetSelection()
  }

  /** Brings the text at `offset` to the middle of the pane, mounting its chunk first. */
  scrollToOffset(offset: number): void {
    const view = this.mount(chunkAt(this.chunks, offset))
    const position = view.chunk.positions.offsetToPos(Math.min(Math.max(offset, view.chunk.start), view.chunk.end))
    const top = view.view.coordsAtPos(position).top
    const pane = this.scroller.getBoundingClientRect()
    this.scroller.scrollTop += top - pane.top - pane.height / 2
    this.mountVisible()
  }

  /** Brings a highlight into view (its chunk mounted first, the highlight drawn), smoothly when it is close. */
  scrollToHighlight(id: string, start: number, end: number): void {
    const view = this.mount(chunkAt(this.chunks, start))
    view.drawAt(start, end)
    const mark = view.view.dom.querySelector(`mark[data-annotation-id="${CSS.escape(id)}"]`)
    if (!mark) return this.scrollToOffset(start)
    const distance = Math.abs(mark.getBoundingClientRect().top - this.scroller.getBoundingClientRect().top)
    mark.scrollIntoView({ block: 'center', behavior: distance < 2 * this.scroller.clientHeight ? 'smooth' : 'auto' })
    this.mountVisible()
  }

  destroy(): void {
    this.observer.disconnect()
    this.scroller.removeEventListener('scroll', this.onScroll)
    this.tasks.stop()
    for (const view of this.views.values()) view.destroy()
    this.views.clear()
    for (const host of this.hosts) host.remove()
  }

  private readonly onScroll = (): void => {
    this.mountVisible()
  }

  private applyChange(chunk: number, change: ChunkChange): void {
    const view = this.views.get(chunk)
    if (!view) return
    view.apply(change)
    if (view.drawing) this.tasks.soon()
  }

  private viewOfHost(host: Element): ChunkView | undefined {
    return this.views.get(Number((host as HTMLElement).dataset.chunk))
  }

  private mount(index: number): ChunkView {
    const existing = this.views.get(index)
    if (existing) return existing
    const host = this.hosts[index]
    const chunk = this.chunks[index]
    if (!host || !chunk) throw new RangeError(`No chunk ${index}`)
    const view = new ChunkView(host, chunk, this.text, this.index.inChunk(index))
    this.views.set(index, view)
    if (view.drawing) this.tasks.soon()
    host.style.height = ''
    host.dataset.chunkState = 'mounted'
    return view
  }

  private unmount(index: number): void {
    const view = this.views.get(index)
    const host = this.hosts[index]
    if (!view || !host || this.holdsSelection(host)) return
    host.style.height = `${host.getBoundingClientRect().height}px`
    view.destroy()
    host.replaceChildren()
    this.views.delete(index)
    host.dataset.chunkState = 'placeholder'
  }

  private holdsSelection(host: HTMLElement): boolean {
    const selection = document.getSelection()
    if (!selection || selection.rangeCount === 0) return false
    return (selection.anchorNode !== null && host.contains(selection.anchorNode)) || (selection.focusNode !== null && host.contains(selection.focusNode))
  }

  /**
   * Mounts, now, every chunk that shows in the pane, so a scrolled-to point is drawn in the same frame.
   * With a `deadline` (the first draw), the chunks in view are measured once, before any is mounted
   * (measuring after a mount would lay that chunk out in this task), and mounted until the deadline passes,
   * one at least; it returns true when it mounted some, as mounting may have brought others into view.
   */
  private mountVisible(deadline?: number): boolean {
    const pane = this.scroller.getBoundingClientRect()
    let low = 0
    let high = this.hosts.length - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.hosts[middle]?.getBoundingClientRect().bottom ?? 0) <= pane.top) low = middle + 1
      else high = middle
    }
    const inView = (i: number): boolean => (this.hosts[i]?.getBoundingClientRect().top ?? Infinity) < pane.bottom
    this.middleChunk = low
    if (deadline === undefined) {
      for (let i = low; i < this.hosts.length && inView(i); i += 1) {
        this.middleChunk = (low + i) >>> 1
        if (!this.views.has(i)) this.mount(i)
      }
      return false
    }
    if (!inView(low)) return false
    let last = low
    while (last + 1 < this.hosts.length && inView(last + 1)) last += 1
    this.middleChunk = (low + last) >>> 1
    let mounted = false
    for (let i = low; i <= last; i += 1) {
      if (this.views.has(i)) continue
      if (mounted && performance.now() > deadline) return true
      this.mount(i)
      mounted = true
    }
    return mounted
  }

  /** Scales the estimates of chunks never drawn by how the drawn ones measured against their estimates. */
  private calibrateEstimates(lineWidth: number): void {
    const drawn = [...this.views.keys()].filter((i) => i > 0 || this.views.size === 1)
    let measured = 0
    let estimated = 0
    const metrics = { ...DEFAULT_METRICS, lineWidth }
    for (const i of drawn) {
      const chunk = this.chunks[i]
      if (!chunk) continue
      measured += this.hosts[i]?.getBoundingClientRect().height ?? 0
      estimated += estimateChunkHeight(chunk, metrics)
    }
    lastLineWidth = this.container.clientWidth || lastLineWidth
    if (measured <= 0 || estimated <= 0) return
    const scale = measured / estimated
    for (const chunk of this.chunks) {
      if (this.views.has(chunk.index)) continue
      const host = this.hosts[chunk.index]
      if (host) host.style.height = `${estimateChunkHeight(chunk, metrics) * scale}px`
    }
  }

  private onIntersection(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset.chunk)
      if (entry.isIntersecting) this.near.add(index)
      else {
        this.near.delete(index)
        this.unmount(index)
      }
    }
    this.tasks.soon()
  }

  /**
   * Does one piece of drawing per task, the closest to the middle of the pane first, so no task grows long:
   * the rest of a first draw cut short, else a slice of a mounted chunk's highlights, else a chunk near the viewport.
   */
  private mountNextNear(): void {
    if (this.firstDrawWidth !== null) {
      if (!this.mountVisible(performance.now() + FIRST_DRAW_BUDGET_MS)) {
        this.calibrateEstimates(this.firstDrawWidth)
        this.firstDrawWidth = null
      }
      return this.tasks.soon()
    }
    const drawing = closestTo(this.middleChunk, [...this.views].filter(([, view]) => view.drawing).map(([index]) => index))
    if (drawing >= 0) {
      this.views.get(drawing)?.drawSlice()
      return this.tasks.soon()
    }
    const best = closestTo(this.middleChunk, [...this.near].filter((index) => !this.views.has(index)))
    if (best < 0) return
    this.mount(best)
    this.tasks.soon()
  }
}
