/**
 * For dialogs that are not native `<dialog>`s (Export, Import): once one closes, focus goes back to the
 * button that opens it rather than falling to the page. Leaves focus alone if something already has it.
 */
export function returnFocusTo(selector: string): void {
  requestAnimationFrame(() => {
    const active = document.activeElement
    if (!active || active === document.body) document.querySelector<HTMLElement>(selector)?.focus()
  })
}

/** Whether focus is nowhere or inside `selector`, a part about to close: then the caller must put it somewhere. */
export function focusLeavesWith(selector: string): boolean {
  const active = document.activeElement
  return !active || active === document.body || active.closest(selector) !== null
}
