/**
 * Where keyboard focus goes when the annotation it was on goes away: the same annotation's row in the
 * list, or its highlight when focus was in the reader and highlights take focus, else the reader pane.
 * Never `<body>`. The row may not be drawn yet (the list is virtualised and scrolls to the selection),
 * so this waits for the next frames.
 */
export function focusAnnotation(annotationId: string | null, fromReader: boolean): void {
  const id = annotationId === null ? null : CSS.escape(annotationId)
  const attempt = (framesLeft: number) => {
    const candidates = id
      ? fromReader
        ? [`.reader mark[data-annotation-id="${id}"][tabindex]`, `button[data-annotation-id="${id}"]`]
        : [`button[data-annotation-id="${id}"]`, `.reader mark[data-annotation-id="${id}"][tabindex]`]
      : []
    for (const selector of candidates) {
      const element = document.querySelector<HTMLElement>(selector)
      if (element && element.getClientRects().length > 0) {
        element.focus({ preventScroll: false })
        return
      }
    }
    if (framesLeft > 0) requestAnimationFrame(() => attempt(framesLeft - 1))
    else fallback()
  }
  attempt(id ? 5 : 0)
}

/** The annotation pane when it is shown, else the reader: something on screen that takes focus. */
function fallback(): void {
  for (const selector of ['#annotation-pane-title', '#reader-pane']) {
    const element = document.querySelector<HTMLElement>(selector)
    if (element && element.getClientRects().length > 0) {
      element.focus()
      return
    }
  }
}
