/**
 * The first open after start as Chromium's own trace sees it: a fresh page, one click on a bench document,
 * and every main-thread task of 5 ms or more from the click until every span is loaded, in the order they
 * ran, each with what it did (script, style, layout, paint, compile, garbage collection) and the app's
 * functions it spent most in. Unlike the sampling profile, task boundaries are exact, so a long task is
 * one task; and each task's CPU time is beside its wall time, which on a shared machine is mostly waiting
 * for a core. `npx tsx --tsconfig tsconfig.base.json bench/renderer/trace-open.ts [0|1|2]` (5k/500, 5k/5k,
 * 200k/20k; default 1; the renderer must be built; TRACE_FILE=path keeps the trace, for DevTools). A tool
 * for finding costs, not a benchmark.
 */
import { writeFile } from 'node:fs/promises'
import type { TesseraBench } from './browser/tessera-probe'
import { withFirstOpenPage } from './first-open-session'
import { cpuBetween, mainThreadTasks } from './trace-tasks'

declare const window: { tesseraBench: TesseraBench }

await withFirstOpenPage('trace', process.argv[2], async (page, doc) => {
  const browser = page.context().browser()
  if (!browser) throw new Error('the page has no browser to trace')
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.cpu_profiler'] })
  // The Long Tasks API's own view of the same open, to set beside the trace's tasks.
  const { measured, longTasks } = await page.evaluate(async (title) => {
    const entries: { atMs: number; ms: number }[] = []
    const t0 = performance.now()
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) entries.push({ atMs: entry.startTime - t0, ms: entry.duration })
    })
    observer.observe({ type: 'longtask' })
    console.timeStamp('tessera-open')
    const result = await window.tesseraBench.open(title)
    observer.disconnect()
    return { measured: result, longTasks: entries }
  }, doc.title)
  const raw = await browser.stopTracing()
  if (process.env.TRACE_FILE) await writeFile(process.env.TRACE_FILE, raw)
  const trace = JSON.parse(raw.toString('utf8')) as unknown
  console.log(
    `${doc.key}: painted after ${measured.ms.toFixed(1)} ms (longest task ${measured.longestTask} ms), every span after ${measured.loadedMs.toFixed(1)} ms (longest task ${measured.loadedLongestTask} ms)\n`
  )
  console.log(`main thread CPU after the click's task: ${cpuBetween(trace, 'tessera-open', 0, measured.ms).toFixed(1)} ms until painted, ${cpuBetween(trace, 'tessera-open', 0, measured.loadedMs).toFixed(1)} ms until every span loaded`)
  console.log(`long tasks (the page's API): ${longTasks.map((task) => `${task.ms} ms at ${task.atMs.toFixed(1)}`).join(', ') || 'none'}\n`)
  const tasks = mainThreadTasks(trace, 'tessera-open', 5)
  // The task holding the click began before it (the bench's own call into the page): it is left out here.
  const after = tasks.filter((task) => task.atMs >= 0 && task.atMs <= measured.loadedMs)
  const longest = (pick: (task: (typeof tasks)[number]) => number): number => Math.max(0, ...after.map(pick))
  console.log(`after the click's task, until every span loaded: longest task ${longest((t) => t.ms).toFixed(1)} ms, the most CPU in one task ${longest((t) => t.cpuMs).toFixed(1)} ms\n`)
  for (const task of tasks) {
    const parts = task.parts.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')
    const functions = task.functions.slice(0, 6).map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')
    console.log(`${task.atMs.toFixed(1).padStart(7)} ms  ${task.ms.toFixed(1).padStart(6)} ms (CPU ${task.cpuMs.toFixed(1).padStart(5)})  ${parts}${functions ? `\n                    ${functions}` : ''}`)
    if (task.ms >= 40) console.log(`                    inclusive: ${task.inclusive.slice(0, 40).map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')}`)
  }
})
