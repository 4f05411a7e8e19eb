import { afterEach, describe, expect, it, vi } from 'vitest'
import { DrawingTasks } from './drawing-tasks'

/** Long enough for any message already posted to have been delivered. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20))

describe('DrawingTasks', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('runs the drawing once however often it is asked for before it runs, then again when asked again', async () => {
    let runs = 0
    const tasks = new DrawingTasks(() => (runs += 1))
    tasks.soon()
    tasks.soon()
    tasks.soon()
    expect(runs).toBe(0)
    await settle()
    expect(runs).toBe(1)
    tasks.soon()
    await settle()
    expect(runs).toBe(2)
    tasks.stop()
  })

  it('after a paint: waits for the frame, and a window that paints no frame (hidden) still draws', async () => {
    const frames: (() => void)[] = []
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback))
    let runs = 0
    const tasks = new DrawingTasks(() => (runs += 1))

    tasks.afterPaint()
    tasks.soon()
    await settle()
    expect(runs).toBe(0)
    frames.shift()?.()
    await settle()
    expect(runs).toBe(1)

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    tasks.afterPaint()
    vi.advanceTimersByTime(100)
    vi.useRealTimers()
    await settle()
    expect(runs).toBe(2)
    // The frame that comes late does not draw a second time.
    frames.shift()?.()
    await settle()
    expect(runs).toBe(2)
    tasks.stop()
  })
})
