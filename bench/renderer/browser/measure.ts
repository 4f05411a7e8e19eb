/**
 * Measuring inside the page: time from `performance.now`, paint from `requestAnimationFrame` (a message
 * posted from a frame callback runs once that frame is painted), long tasks from PerformanceObserver.
 * Never a sleep: every wait ends on the condition it waits for.
 */

export interface Measurement {
  ms: number
  /** The longest task seen while measuring, from the Long Tasks API (which reports only tasks ≥ 50 ms); 0 if none. */
  longestTask: number
}

/** Resolves with `performance.now()` just after the next frame is painted. */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(0)
    })
  )
}

/** Resolves once `condition` holds, checked now and on every DOM mutation under `root`. */
export function whenDom(root: Node, condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (condition()) return resolve()
    const timer = setTimeout(() => {
      observer.disconnect()
      reject(new Error(`Condition not met within ${timeoutMs} ms`))
    }, timeoutMs)
    const observer = new MutationObserver(() => {
      if (!condition()) return
      observer.disconnect()
      clearTimeout(timer)
      resolve()
    })
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true })
  })
}

/** Watches long tasks from now until `stop()`. */
export function watchLongTasks(): { stop(): number } {
  let longest = 0
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration)
  })
  observer.observe({ type: 'longtask' })
  return {
    stop() {
      for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration)
      observer.disconnect()
      return longest
    }
  }
}

/** Runs `start` and waits for `done` on the DOM, then for the paint; the time from just before `start`. */
export async function measure(root: Node, start: () => void, done: () => boolean): Promise<Measurement> {
  const tasks = watchLongTasks()
  const t0 = performance.now()
  start()
  await whenDom(root, done)
  const painted = await afterNextPaint()
  // Long tasks are reported after they end: one more frame lets the last one in.
  await afterNextPaint()
  return { ms: painted - t0, longestTask: tasks.stop() }
}

/**
 * Runs `start`, then checks `done` at the start of each frame (in `requestAnimationFrame`, where the
 * frame lays the page out anyway) and stops when that frame is painted. Unlike `measure`, nothing is
 * measured inside the page's own tasks: a check there would force a layout into the task being timed.
 */
export function measureByFrame(start: () => void, done: () => boolean, timeoutMs = 60_000): Promise<Measurement> {
  const tasks = watchLongTasks()
  const t0 = performance.now()
  start()
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (performance.now() - t0 > timeoutMs) return reject(new Error(`Condition not met within ${timeoutMs} ms`))
      if (!done()) return void requestAnimationFrame(check)
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        const painted = performance.now()
        // Long tasks are reported after they end: one more frame lets the last one in.
        void afterNextPaint().then(() => resolve({ ms: painted - t0, longestTask: tasks.stop() }))
      }
      channel.port2.postMessage(0)
    }
    requestAnimationFrame(check)
  })
}

export function intersectsViewport(element: Element, viewport: DOMRect): boolean {
  const rect = element.getBoundingClientRect()
  return rect.bottom > viewport.top && rect.top < viewport.bottom && rect.height > 0
}

/** Selects the text from `start` to `end`, offsets into the concatenated text nodes under `root`. */
export function selectTextRange(root: Element, start: number, end: number): Range {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  let at = 0
  let started = false
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const next = at + node.data.length
    if (!started && start < next) {
      range.setStart(node, start - at)
      started = true
    }
    if (started && end <= next) {
      range.setEnd(node, end - at)
      const selection = getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
      return range
    }
    at = next
  }
  throw new Error(`No text at ${start}–${end}`)
}
