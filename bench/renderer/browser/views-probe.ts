/**
 * Injected into Tessera's page for the corpus views bench: `window.tesseraViewsBench` opens a view tab
 * and times it, inside the page, from the click until the view's content is painted.
 */
import { measure, whenDom, type Measurement } from './measure'

export type ViewName = 'Entities' | 'Claims' | 'Figures'

function tab(name: string): HTMLElement {
  for (const button of document.querySelectorAll<HTMLElement>('[role="tablist"][aria-label="Views"] [role="tab"]')) {
    if (button.textContent?.trim() === name) return button
  }
  throw new Error(`No tab "${name}"`)
}

const region = (name: ViewName): Element | null => document.querySelector(`[role="region"][aria-label="${name} view"]`)

/**
 * What a user sees of each view once it has rendered: the entities table and the outlet × entity heat
 * map; the claims table; the first figure group's table and its chart drawn with its points. (No layout
 * is read here: the check runs on every DOM mutation and must not itself force layouts.)
 */
function viewPainted(name: ViewName): boolean {
  const view = region(name)
  if (!view) return false
  if (name === 'Entities') return view.querySelector('table.view-table tbody tr') !== null && view.querySelector('table.heat-table tbody tr') !== null
  if (name === 'Claims') return view.querySelector('table.claims-table tbody tr') !== null
  const group = view.querySelector('.figure-group')
  return group?.querySelector('table.figure-table tbody tr') != null && group.querySelector('.figure-chart .figure-point') != null
}

const bench = {
  ready(): boolean {
    return document.querySelectorAll('nav[aria-label="Documents"] button').length > 0
  },

  /** Clicks the view's tab and resolves once its content is painted. */
  open(name: ViewName): Promise<Measurement> {
    const button = tab(name)
    return measure(document.body, () => button.click(), () => viewPainted(name))
  },

  /** Back to the reader, so the next open mounts the view afresh (as a user switching tabs does). */
  async showReader(): Promise<void> {
    tab('Reader').click()
    await whenDom(document.body, () => region('Entities') === null && region('Claims') === null && region('Figures') === null)
  }
}

export type TesseraViewsBench = typeof bench

declare global {
  interface Window {
    tesseraViewsBench: typeof bench
  }
}
window.tesseraViewsBench = bench
