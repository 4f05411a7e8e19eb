import type { ChunkedReader } from './chunked-reader'
import { caretBoxAt, isRightToLeftAt, readSelection, showSelection } from './reader-geometry'
import { extendByWord, moveCaretByParagraph, moveCaretByWord, snapSelection, type SnapMode, type TextSelection } from './selection-snapping'

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'])

export interface ReaderCaretOptions {
  reader: ChunkedReader
  text: string
  /** The reader's text element (focusable). */
  container: HTMLElement
  /** The positioned element the caret is drawn in. */
  layer: HTMLElement
  /** Where a caret starts when the user first moves it from the keyboard. */
  initialOffset(): number
}

/**
 * Caret browsing in the read-only reader, in whole-text offsets: a drawn caret the arrows move word by
 * word (↑/↓ by paragraph), Shift (or Ctrl+Shift) with an arrow extends the selection word by word, and a
 * mouse selection is snapped to whole words when the button is released (exactly as made with Alt held).
 * The page's selection always shows the span a tag key would tag.
 */
export class ReaderCaret {
  private selection: TextSelection | null = null
  private mode: SnapMode = 'words'
  /** Where the caret comes back after a selection ended. */
  private parked: number | null = null
  private readonly caret: HTMLElement

  constructor(private readonly options: ReaderCaretOptions) {
    this.caret = document.createElement('div')
    this.caret.className = 'reader-caret'
    this.caret.setAttribute('aria-hidden', 'true')
    this.caret.hidden = true
    options.layer.append(this.caret)
  }

  /** Whether the user is making a text selection with the keyboard (then Shift+arrows extend it). */
  get active(): boolean {
    return this.selection !== null
  }

  /** The span the page's selection tags, snapped as the user made it, with the snapping to ask the core for. */
  selectedSpan(): { start: number; end: number; snap: SnapMode } | null {
    const { reader, text, container } = this.options
    const selection = readSelection(reader, container)
    if (!selection || selection.anchor === selection.focus) return null
    const span = snapSelection(text, selection, this.mode)
    return span ? { ...span, snap: this.mode } : null
  }

  /** After a mouse button is released over the text: snap what was selected, or put the caret where it was clicked. */
  onMouseUp(event: { altKey: boolean }): void {
    const { reader, text, container } = this.options
    const selection = readSelection(reader, container)
    if (!selection) return
    if (selection.anchor === selection.focus) return this.set(selection, 'words', false)
    const mode: SnapMode = event.altKey ? 'exact' : 'words'
    const span = snapSelection(text, selection, mode)
    if (!span) return this.clear()
    const backward = selection.focus < selection.anchor
    this.set(backward ? { anchor: span.end, focus: span.start } : { anchor: span.start, focus: span.end }, mode, true)
  }

  /** The reader took focus from the keyboard (not a click): show the caret, where it was parked or at the top of the pane. */
  onFocus(): void {
    if (this.selection) return this.draw()
    const at = this.parked ?? this.options.initialOffset()
    this.set({ anchor: at, focus: at }, 'words', false)
  }

  onBlur(): void {
    this.caret.hidden = true
  }

  /** Arrow keys in the reader; returns whether the key was used. */
  onKeyDown(event: KeyboardEvent): boolean {
    if (!ARROWS.has(event.key) || event.altKey || event.metaKey) return false
    const extend = event.shiftKey
    if (!this.selection) {
      // Shift+arrows with no text selection resize the selected annotation (the workbench's keys).
      if (extend) return false
      if (this.parked === null) {
        const at = this.options.initialOffset()
        this.set({ anchor: at, focus: at }, 'words', false)
        return true
      }
      // The caret comes back where the last selection ended, and this arrow moves it on from there.
      this.selection = { anchor: this.parked, focus: this.parked }
    }
    const { reader, text } = this.options
    const vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown'
    const visuallyForward = event.key === 'ArrowRight' || event.key === 'ArrowDown'
    const forward = vertical ? visuallyForward : visuallyForward !== isRightToLeftAt(reader, this.selection.focus)
    const direction = forward ? 'forward' : 'backward'
    if (extend) {
      const next = vertical
        ? { anchor: this.selection.anchor, focus: moveCaretByParagraph(text, this.selection.focus, direction) }
        : extendByWord(text, this.selection, direction)
      this.set(next, 'words', true)
    } else {
      const at = vertical ? moveCaretByParagraph(text, this.selection.focus, direction) : moveCaretByWord(text, this.selection.focus, direction)
      this.set({ anchor: at, focus: at }, 'words', true)
    }
    return true
  }

  /**
   * Ends the text selection (after a tag, Escape, a highlight chosen) and hides the caret; the arrows bring
   * it back where the selection ended, or at `parkAt` (the end of a highlight moved to). The page's
   * selection is the reader's to clear.
   */
  clear(parkAt?: number): void {
    if (this.selection) this.parked = this.selection.focus
    if (parkAt !== undefined) this.parked = parkAt
    this.selection = null
    this.mode = 'words'
    this.caret.hidden = true
  }

  destroy(): void {
    this.caret.remove()
  }

  private set(selection: TextSelection, mode: SnapMode, showOnPage: boolean): void {
    this.selection = selection
    this.mode = mode
    if (showOnPage) showSelection(this.options.reader, selection)
    this.draw()
  }

  /** Draws the caret at the selection's focus, while the reader has focus, and keeps it in view. */
  private draw(): void {
    const { reader, container, layer } = this.options
    if (!this.selection || !container.contains(document.activeElement)) {
      this.caret.hidden = true
      return
    }
    const { anchor, focus } = this.selection
    const box = caretBoxAt(reader, focus, focus > anchor ? 'end' : 'start')
    if (!box) {
      this.caret.hidden = true
      return
    }
    const origin = layer.getBoundingClientRect()
    this.caret.hidden = false
    this.caret.style.left = `${box.left - origin.left}px`
    this.caret.style.top = `${box.top - origin.top}px`
    this.caret.style.height = `${box.height}px`
    this.caret.scrollIntoView({ block: 'nearest' })
  }
}
