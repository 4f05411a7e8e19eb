/** Reading a Chromium trace (`browser.startTracing`): the main thread's tasks and what each spent its time in. */

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  /** Thread (CPU) time: what the task cost, without the time the thread waited for a core. */
  tdur?: number
  id?: string
  args?: {
    data?: {
      message?: string
      startTime?: number
      timeDeltas?: number[]
      cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { functionName?: string; url?: string; lineNumber?: number } }[]; samples?: number[] }
    }
  }
}

export interface TraceTask {
  /** When it started, from the marker. */
  atMs: number
  ms: number
  cpuMs: number
  /** Time in each kind of work (inclusive, nested kinds subtracted from script), most first. */
  parts: [string, number][]
  /** Sampled time by the innermost frame of the page's own code (with what it called), most first. */
  functions: [string, number][]
  /** Sampled time in each function of the page's own code or below it, most first. */
  inclusive: [string, number][]
}

const KINDS: Record<string, string> = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'v8.compile': 'compile',
  'V8.CompileCode': 'compile',
  'v8.parseOnBackground': 'compile',
  ParseHTML: 'html'
}
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'v8.run', 'EventDispatch', 'FireAnimationFrame', 'TimerFire'])

function samplesOf(events: TraceEvent[], pid: number, tid: number): { at: number; frame: string; stack: string[] }[] {
  const parent = new Map<number, number>()
  const names = new Map<number, string>()
  const out: { at: number; frame: string; stack: string[] }[] = []
  const start = new Map<string, number>()
  // The chunks come from the profiler's own thread: the profile is the main thread's by its id.
  for (const event of events) if (event.name === 'Profile' && event.pid === pid && event.tid === tid && event.id) start.set(event.id, event.args?.data?.startTime ?? event.ts)
  const clock = new Map<string, number>()
  const pending: { id: string; samples: number[]; deltas: number[] }[] = []
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || event.pid !== pid || !event.id || !start.has(event.id)) continue
    const data = event.args?.data
    for (const node of data?.cpuProfile?.nodes ?? []) {
      if (node.parent !== undefined) parent.set(node.id, node.parent)
      const url = node.callFrame.url ?? ''
      names.set(node.id, url.includes('/assets/') ? `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber}` : '')
    }
    pending.push({ id: event.id, samples: data?.cpuProfile?.samples ?? [], deltas: data?.timeDeltas ?? [] })
  }
  for (const chunk of pending) {
    let at = clock.get(chunk.id) ?? start.get(chunk.id) ?? 0
    chunk.samples.forEach((sample, i) => {
      at += chunk.deltas[i] ?? 0
      const stack: string[] = []
      for (let node: number | undefined = sample; node !== undefined; node = parent.get(node)) {
        const name = names.get(node)
        if (name && !stack.includes(name)) stack.push(name)
      }
      out.push({ at, frame: stack[0] ?? '', stack })
    })
    clock.set(chunk.id, at)
  }
  return out.sort((a, b) => a.at - b.at)
}

/** The tasks of at least `minMs` on the main thread of the page that logged `marker` (console.timeStamp), from the marker on. */
export function mainThreadTasks(trace: unknown, marker: string, minMs: number): TraceTask[] {
  const events = ((trace as { traceEvents?: TraceEvent[] }).traceEvents ?? []) as TraceEvent[]
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === marker)
  if (!mark) throw new Error(`No marker ${marker} in the trace`)
  const thread = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.ts + (e.dur ?? 0) >= mark.ts)
  const samples = samplesOf(events, mark.pid, mark.tid)
  const tasks = thread.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) >= minMs * 1000)
  return tasks
    .sort((a, b) => a.ts - b.ts)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0)
      const inside = thread.filter((e) => e !== task && e.ts >= task.ts && e.ts < end)
      const parts = new Map<string, number>()
      let script = 0
      let nested = 0
      let scriptEnd = 0
      for (const event of inside) {
        const ms = (event.dur ?? 0) / 1000
        const kind = KINDS[event.name]
        if (kind) {
          parts.set(kind, (parts.get(kind) ?? 0) + ms)
          if (event.ts < scriptEnd) nested += ms
        } else if (SCRIPT.has(event.name) && event.ts >= scriptEnd) {
          script += ms
          scriptEnd = event.ts + (event.dur ?? 0)
        }
      }
      if (script > 0) parts.set('script', script - nested)
      const functions = new Map<string, number>()
      const inclusive = new Map<string, number>()
      const inTask = samples.filter((s) => s.at >= task.ts && s.at < end)
      inTask.forEach((sample, i) => {
        const ms = ((inTask[i + 1]?.at ?? end) - sample.at) / 1000
        const name = sample.frame || '(browser)'
        functions.set(name, (functions.get(name) ?? 0) + ms)
        for (const frame of sample.stack) inclusive.set(frame, (inclusive.get(frame) ?? 0) + ms)
      })
      return {
        atMs: (task.ts - mark.ts) / 1000,
        ms: (task.dur ?? 0) / 1000,
        cpuMs: (task.tdur ?? task.dur ?? 0) / 1000,
        parts: [...parts].sort((a, b) => b[1] - a[1]),
        functions: [...functions].sort((a, b) => b[1] - a[1]),
        inclusive: [...inclusive].sort((a, b) => b[1] - a[1])
      }
    })
}

/** The main thread's CPU time in tasks that started between `fromMs` and `toMs` after the marker (the task holding the marker left out). */
export function cpuBetween(trace: unknown, marker: string, fromMs: number, toMs: number): number {
  const events = ((trace as { traceEvents?: TraceEvent[] }).traceEvents ?? []) as TraceEvent[]
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === marker)
  if (!mark) throw new Error(`No marker ${marker} in the trace`)
  let total = 0
  for (const e of events) {
    if (e.pid !== mark.pid || e.tid !== mark.tid || e.ph !== 'X' || (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask')) continue
    const at = (e.ts - mark.ts) / 1000
    if (at > fromMs && at <= toMs) total += (e.tdur ?? e.dur ?? 0) / 1000
  }
  return total
}

/**
 * The main thread's CPU time in the task that logged `marker` and in the first frame after it (the next task
 * that paints), and how much of it went to each kind of work (HTML parsing, style, layout, paint), by thread
 * time. Other tasks in between (the app answering a change of size, timers) are left out.
 */
export function cpuOfMarkedFrame(trace: unknown, marker: string): { cpuMs: number; parts: Record<string, number> } {
  const events = ((trace as { traceEvents?: TraceEvent[] }).traceEvents ?? []) as TraceEvent[]
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === marker)
  if (!mark) throw new Error(`No marker ${marker} in the trace`)
  const isTask = (e: TraceEvent): boolean => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'
  const onThread = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts)
  const within = (task: TraceEvent) => (e: TraceEvent) => e !== task && e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0)
  const tasks = onThread.filter(isTask)
  const marked = tasks.find((task) => task.ts <= mark.ts && task.ts + (task.dur ?? 0) >= mark.ts)
  const frame = tasks.find((task) => task.ts > mark.ts && onThread.some((e) => e.name === 'Paint' && within(task)(e)))
  const chosen = [marked, frame].filter((task): task is TraceEvent => task !== undefined)
  const parts: Record<string, number> = {}
  for (const task of chosen) {
    for (const e of onThread.filter(within(task))) {
      const kind = KINDS[e.name]
      if (kind) parts[kind] = (parts[kind] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000
    }
  }
  return { cpuMs: chosen.reduce((sum, task) => sum + (task.tdur ?? task.dur ?? 0) / 1000, 0), parts }
}
