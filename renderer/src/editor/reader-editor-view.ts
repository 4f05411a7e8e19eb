import { EditorView } from '@tiptap/pm/view'

/** The ends of the document's selection as ProseMirror reads them. */
interface SelectionEnds {
  anchorNode: Node | null
  anchorOffset: number
  focusNode: Node | null
  focusOffset: number
}

declare module 'prosemirror-view' {
  interface EditorView {
    /** Internal to ProseMirror (not in its typings): the DOM selection it checks on every update. */
    domSelectionRange(): SelectionEnds
  }
}

const NO_SELECTION: SelectionEnds = { anchorNode: null, anchorOffset: 0, focusNode: null, focusOffset: 0 }

/**
 * Where the selection's ends were when last read, until the next `selectionchange`. Chromium lays the page
 * out to answer `anchorNode` (or `rangeCount`) when no range was set by script, and ProseMirror asks on
 * every update of every view: a slice of highlights applied to ten mounted chunks laid the page out ten
 * times in one task. Listened to in the capture phase, so it is forgotten before any view's own listener runs.
 */
let lastEnds: { anchorNode: Node | null; focusNode: Node | null } | null = null
let listenedTo: Document | null = null
const forgetEnds = (): void => {
  lastEnds = null
}

function selectionMayBeIn(element: Element): boolean {
  const page = element.ownerDocument
  if (listenedTo !== page) {
    listenedTo?.removeEventListener('selectionchange', forgetEnds, { capture: true })
    page.addEventListener('selectionchange', forgetEnds, { capture: true })
    listenedTo = page
    lastEnds = null
  }
  if (!lastEnds) {
    const selection = page.getSelection()
    lastEnds = { anchorNode: selection?.anchorNode ?? null, focusNode: selection?.focusNode ?? null }
  }
  const { anchorNode, focusNode } = lastEnds
  return (anchorNode !== null && element.contains(anchorNode)) || (focusNode !== null && element.contains(focusNode))
}

/**
 * A read-only chunk's view: it reads the DOM selection only when the selection was last seen in it. When
 * the selection moved into it since (its event not yet run), it reads none: ProseMirror then leaves the
 * page's selection alone, which is what a read-only view should do anyway.
 */
export class ReaderEditorView extends EditorView {
  override domSelectionRange(): SelectionEnds {
    return selectionMayBeIn(this.dom) ? super.domSelectionRange() : NO_SELECTION
  }
}
