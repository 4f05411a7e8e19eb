import type { CDPSession } from '@playwright/test'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

/** Chromium's sampling profile (CDP `Profiler.stop`): the call tree, and which node each sample hit when. */
export interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  samples: number[]
  timeDeltas: number[]
}

/** Starts Chromium's sampling profiler on a page, sampling every 100 µs; `stop()` returns the profile. */
export async function startProfiler(cdp: CDPSession): Promise<{ stop(): Promise<CpuProfile> }> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile }
      return profile
    }
  }
}

const IDLE = /^\((idle|program|garbage collector)\)$/

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame
  return `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber}`
}

/** Self time (ms) per function over the whole profile, idle left out, most first. */
export function selfTimes(profile: CpuProfile): [string, number][] {
  const byNode = new Map<number, number>()
  profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000))
  const byName = new Map<string, number>()
  for (const node of profile.nodes) {
    if (IDLE.test(node.callFrame.functionName)) continue
    const name = frameName(node)
    byName.set(name, (byName.get(name) ?? 0) + (byNode.get(node.id) ?? 0))
  }
  return [...byName].sort((a, b) => b[1] - a[1])
}

export interface BusyStretch {
  startMs: number
  ms: number
  /** Time (ms) spent in each function or below it during the stretch (inclusive), most first. */
  inclusive: [string, number][]
}

/**
 * The stretches of samples without idle between them, longest first: each is about one task (a task
 * shorter than the sampling gap may merge with the next), and where it spent its time, callers included.
 * `(program)` and the garbage collector count as busy inside a stretch but do not start one.
 */
export function busyStretches(profile: CpuProfile, minMs: number): BusyStretch[] {
  const parent = new Map<number, number>()
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const stretches: BusyStretch[] = []
  let time = profile.startTime
  let current: { start: number; end: number; samples: { id: number; ms: number }[] } | null = null
  const close = (): void => {
    if (current && (current.end - current.start) / 1000 >= minMs) {
      const inclusive = new Map<string, number>()
      for (const { id, ms } of current.samples) {
        const seen = new Set<string>()
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          const node = nodes.get(at)
          if (!node) break
          const name = frameName(node)
          if (seen.has(name)) continue
          seen.add(name)
          inclusive.set(name, (inclusive.get(name) ?? 0) + ms)
        }
      }
      stretches.push({ startMs: current.start / 1000, ms: (current.end - current.start) / 1000, inclusive: [...inclusive].sort((a, b) => b[1] - a[1]) })
    }
    current = null
  }
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0
    time += delta
    const name = nodes.get(id)?.callFrame.functionName ?? ''
    if (name === '(idle)') return close()
    if (!current) {
      if (IDLE.test(name)) return
      current = { start: time, end: time, samples: [] }
    }
    current.end = time
    current.samples.push({ id, ms: (profile.timeDeltas[i + 1] ?? delta) / 1000 })
  })
  close()
  return stretches.sort((a, b) => b.ms - a.ms)
}
