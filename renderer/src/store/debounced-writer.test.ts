import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DebouncedWriter, type WriterState } from './debounced-writer'

describe('saving as the user types', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function setup(delays: number[] = []) {
    const writes: string[] = []
    const states: WriterState[] = []
    let resolveAfter = [...delays]
    const writer = new DebouncedWriter<string>(
      async (value) => {
        writes.push(value)
        const delay = resolveAfter.shift() ?? 0
        if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
        if (value === 'fail') throw new Error('disk full')
      },
      300,
      (state) => states.push(state)
    )
    return { writer, writes, states, slow: (d: number[]) => (resolveAfter = d) }
  }

  it('writes at most once per 300 ms of typing, always ending with the last value', async () => {
    const { writer, writes } = setup()
    const typed = 'Hama city'
    for (let i = 1; i <= typed.length; i += 1) {
      writer.schedule(typed.slice(0, i))
      await vi.advanceTimersByTimeAsync(100)
    }
    await vi.advanceTimersByTimeAsync(1_000)
    expect(writes.length).toBeLessThanOrEqual(Math.ceil((typed.length * 100) / 300) + 1)
    expect(writes.at(-1)).toBe('Hama city')
  })

  it('never writes twice at once: a slow write holds the next until it is done', async () => {
    const { writer, writes } = setup([2_000])
    writer.schedule('a')
    await vi.advanceTimersByTimeAsync(300)
    writer.schedule('ab')
    await vi.advanceTimersByTimeAsync(400)
    expect(writes).toEqual(['a'])
    await vi.advanceTimersByTimeAsync(2_000)
    expect(writes).toEqual(['a', 'ab'])
  })

  it('reports pending until the last value is written, and the error of a failed write', async () => {
    const { writer, states } = setup()
    writer.schedule('fail')
    expect(states.at(-1)).toEqual({ pending: true, error: null })
    await vi.advanceTimersByTimeAsync(300)
    expect(states.at(-1)).toEqual({ pending: false, error: 'disk full' })
  })

  it('writes what is waiting when flushed (the field goes away)', async () => {
    const { writer, writes } = setup()
    writer.schedule('unsaved')
    await writer.flush()
    expect(writes).toEqual(['unsaved'])
  })
})
