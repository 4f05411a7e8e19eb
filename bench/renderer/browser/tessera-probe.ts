/**
 * Injected into Tessera's page (browser mode) before it loads: `window.tesseraBench` opens documents,
 * scrolls and tags, timing each inside the page. The bench drives it with Playwright.
 */
import { DOM_VARIANTS } from './dom-variants'
import { afterNextPaint, intersectsViewport, measureByFrame, selectTextRange, watchLongTasks, whenDom, type Measurement } from './measure'

/** An open: until the text in view is painted with its highlights, and until every span has arrived. */
export interface OpenMeasurement extends Measurement {
  /** From the click until the reader is no longer busy (the last slice of annotations drawn) and painted. */
  loadedMs: number
  /** The longest task over that whole time. */
  loadedLongestTask: number
}

function readerPane(): Element {
  const pane = document.querySelector('section[aria-label="Reader"]')
  if (!pane) throw new Error('No reader pane')
  return pane
}

function readerText(title: string): Element | null {
  return document.querySelector(`[role="article"][aria-label="${CSS.escape(`Text of ${title}`)}"]`)
}

/** Every part of the text in view is drawn (no placeholder of an unmounted chunk shows) and some highlight shows. */
function paintedInView(title: string): boolean {
  const text = readerText(title)
  if (!text) return false
  const viewport = readerPane().getBoundingClientRect()
  for (const placeholder of text.querySelectorAll('[data-chunk-state="placeholder"]')) {
    if (intersectsViewport(placeholder, viewport)) return false
  }
  for (const mark of text.querySelectorAll('mark[data-annotation-id]')) if (intersectsViewport(mark, viewport)) return true
  return false
}

function documentButton(title: string): HTMLElement {
  const buttons = document.querySelectorAll<HTMLElement>('nav[aria-label="Documents"] button')
  for (const button of buttons) if (button.querySelector('.document-title')?.textContent === title) return button
  throw new Error(`No document "${title}" in the list`)
}

let pendingTag: Promise<Measurement> | null = null

const bench = {
  ready(): boolean {
    return document.querySelectorAll('nav[aria-label="Documents"] button').length > 0
  },

  /** The list shows and the document the app opens at start (the project's first) is drawn and no longer busy. */
  started(): boolean {
    const text = document.querySelector('section[aria-label="Reader"] [role="article"]')
    return bench.ready() && text !== null && text.closest('article')?.getAttribute('aria-busy') !== 'true'
  },

  async open(title: string): Promise<OpenMeasurement> {
    const button = documentButton(title)
    const tasks = watchLongTasks()
    const t0 = performance.now()
    const painted = await measureByFrame(() => button.click(), () => paintedInView(title))
    await whenDom(document.body, () => readerText(title)?.closest('article')?.getAttribute('aria-busy') !== 'true')
    const loaded = await afterNextPaint()
    await afterNextPaint()
    return { ...painted, loadedMs: loaded - t0, loadedLongestTask: tasks.stop() }
  },

  /**
   * The page's own cost of the text in view, without the app: the chunks in view are emptied, then their
   * DOM as the app drew it, changed by one variant (`DOM_VARIANTS`: attributes stripped, highlight rules
   * taken out, no highlights), is written back in one go, and the time until that frame is painted is
   * recorded. The variants take turns, pass after pass, so a change in the machine's load falls on all of
   * them. Nothing of the app's code runs meanwhile.
   */
  async redrawInView(title: string, passes: number, variants: string[]): Promise<Record<string, { marks: number; annotations: number; htmlCharacters: number; ms: number[] }>> {
    const text = readerText(title)
    if (!text) throw new Error('Document not open')
    const viewport = readerPane().getBoundingClientRect()
    const hosts = [...text.querySelectorAll<HTMLElement>('.reader-chunk')].filter((host) => intersectsViewport(host, viewport))
    const drawn = hosts.map((host) => host.innerHTML)
    const results: Record<string, { marks: number; annotations: number; htmlCharacters: number; ms: number[] }> = {}
    for (let pass = 0; pass < passes; pass += 1) {
      for (const name of variants) {
        const variant = DOM_VARIANTS[name]
        if (!variant) throw new Error(`No DOM variant "${name}"`)
        const html = drawn.map((piece) => variant.html?.(piece) ?? piece)
        for (const host of hosts) host.replaceChildren()
        const restore = variant.style?.()
        await afterNextPaint()
        await afterNextPaint()
        // The trace's marker, for the pass's CPU time (bench/renderer/trace-tasks.ts, cpuOfMarkedFrame).
        console.timeStamp(`dom-cost ${name} ${pass}`)
        const t0 = performance.now()
        hosts.forEach((host, i) => (host.innerHTML = html[i] ?? ''))
        variant.afterWrite?.(hosts, drawn)
        const ms = (await afterNextPaint()) - t0
        restore?.()
        const marks = hosts.flatMap((host) => [...host.querySelectorAll('mark')])
        const annotations = new Set(marks.map((mark) => mark.getAttribute('data-annotation-id'))).size
        const result = (results[name] ??= { marks: marks.length, annotations, htmlCharacters: html.reduce((sum, piece) => sum + piece.length, 0), ms: [] })
        result.ms.push(ms)
      }
    }
    hosts.forEach((host, i) => (host.innerHTML = drawn[i] ?? ''))
    return results
  },

  /** The HTML of the first chunk in view, for reading what the app draws. */
  htmlInView(title: string): string {
    const text = readerText(title)
    if (!text) throw new Error('Document not open')
    const viewport = readerPane().getBoundingClientRect()
    return [...text.querySelectorAll<HTMLElement>('.reader-chunk')].find((host) => intersectsViewport(host, viewport))?.innerHTML ?? ''
  },

  /** Scrolls the reader to `fraction` of its height; how many frames until that point is painted. */
  async scrollTo(title: string, fraction: number): Promise<Measurement & { frames: number }> {
    const pane = readerPane()
    const tasks = watchLongTasks()
    const t0 = performance.now()
    pane.scrollTop = fraction * (pane.scrollHeight - pane.clientHeight)
    let frames = 0
    await new Promise<void>((resolve, reject) => {
      const check = (): void => {
        frames += 1
        if (paintedInView(title)) return resolve()
        if (frames > 600) return reject(new Error('Scrolled text never painted'))
        requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    })
    const painted = await afterNextPaint()
    await afterNextPaint()
    return { ms: painted - t0, frames, longestTask: tasks.stop() }
  },

  /**
   * Selects the text at `start`–`end` (offsets into the paragraphs' text, separators left out) and arms
   * the timer: it starts on the next key press (captured before the app sees it) and stops when a
   * highlight with a new annotation id is painted.
   */
  armTag(title: string, start: number, end: number): void {
    const text = readerText(title)
    if (!text) throw new Error('Document not open')
    selectTextRange(text, start, end)
    const known = new Set<string>()
    for (const mark of text.querySelectorAll('mark[data-annotation-id]')) known.add(mark.getAttribute('data-annotation-id') ?? '')
    pendingTag = new Promise<Measurement>((resolve, reject) => {
      let t0 = 0
      const tasks = watchLongTasks()
      const isNew = (node: Node): boolean => {
        if (!(node instanceof Element)) return false
        const marks = node.matches('mark[data-annotation-id]') ? [node] : [...node.querySelectorAll('mark[data-annotation-id]')]
        return marks.some((mark) => !known.has(mark.getAttribute('data-annotation-id') ?? ''))
      }
      const observer = new MutationObserver((records) => {
        const found = records.some((r) => (r.type === 'attributes' ? isNew(r.target) : [...r.addedNodes].some(isNew)))
        if (!found) return
        observer.disconnect()
        void afterNextPaint().then(async (painted) => {
          await afterNextPaint()
          resolve({ ms: painted - t0, longestTask: tasks.stop() })
        })
      })
      window.addEventListener(
        'keydown',
        () => {
          t0 = performance.now()
          setTimeout(() => reject(new Error('No new highlight within 20 s of the key press')), 20_000)
          observer.observe(text, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-annotation-id'] })
        },
        { capture: true, once: true }
      )
    })
  },

  tagResult(): Promise<Measurement> {
    if (!pendingTag) throw new Error('armTag first')
    return pendingTag
  },

  /**
   * Whether every write has been acknowledged and drawn: the save indicator is idle and no highlight is still
   * pending. "Saving…" alone is not enough: it is shown in the same transition as the selection, after the
   * frame with the highlight, so right after a key press it may not show yet; arming the next tag then would
   * race that render (which focuses the new highlight and so ends the text selection the bench just made).
   */
  saved(): boolean {
    return !document.querySelector('.save-state')?.textContent?.includes('Saving') && !document.querySelector('mark[data-pending]')
  }
}

export type TesseraBench = typeof bench

declare global {
  interface Window {
    tesseraBench: typeof bench
  }
}
window.tesseraBench = bench
