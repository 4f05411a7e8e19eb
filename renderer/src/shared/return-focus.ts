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
