import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_WINDOW_STATE, fitToDisplays, readWindowState, trackWindowState } from './window-state'

const laptop = { x: 0, y: 0, width: 1440, height: 876 }
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1400 }

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-window-'))
})
afterEach(async () => {
  vi.useRealTimers()
  await rm(dir, { recursive: true, force: true })
})

describe('remembered window state', () => {
  it('starts with the default when the file is missing, damaged or of the wrong shape', async () => {
    expect(await readWindowState(join(dir, 'missing.json'))).toEqual(DEFAULT_WINDOW_STATE)
    for (const content of ['', '{"width": 1000', '{"width": "wide", "height": 800, "maximized": false}', '{"width": 10, "height": 10, "maximized": false}']) {
      await writeFile(join(dir, 'state.json'), content)
      expect(await readWindowState(join(dir, 'state.json')), content).toEqual(DEFAULT_WINDOW_STATE)
    }
  })

  it('keeps a position that is on a display, and centres a window remembered on a display that is gone', () => {
    const onMonitor = { x: 1600, y: 100, width: 1800, height: 1000, maximized: false }
    expect(fitToDisplays(onMonitor, [laptop, monitorOnTheRight])).toEqual(onMonitor)
    expect(fitToDisplays(onMonitor, [laptop])).toEqual({ width: 1440, height: 876, maximized: false })
  })

  it('centres a window left almost entirely off screen, and never opens larger than the largest display', () => {
    expect(fitToDisplays({ x: 1400, y: 0, width: 900, height: 700, maximized: true }, [laptop])).toEqual({ width: 900, height: 700, maximized: true })
    expect(fitToDisplays({ x: -5000, y: 40, width: 5000, height: 3000, maximized: false }, [laptop])).toEqual({ width: 1440, height: 876, maximized: false })
  })

  it('saves the normal bounds and the maximised flag when the window closes, and after moves settle', async () => {
    vi.useFakeTimers()
    const handlers = new Map<string, () => void>()
    let bounds = { x: 10, y: 20, width: 1200, height: 800 }
    let maximized = false
    const window = {
      on: (event: string, handler: () => void) => handlers.set(event, handler),
      getNormalBounds: () => bounds,
      isMaximized: () => maximized
    }
    const file = join(dir, 'window-state.json')
    trackWindowState(window as never, file, 500)

    bounds = { x: 300, y: 200, width: 1000, height: 700 }
    handlers.get('move')?.()
    handlers.get('resize')?.()
    await vi.advanceTimersByTimeAsync(499)
    await expect(readFile(file, 'utf8')).rejects.toThrow()
    await vi.advanceTimersByTimeAsync(1)
    vi.useRealTimers()
    await vi.waitFor(async () => expect(await readWindowState(file)).toEqual({ ...bounds, maximized: false }))

    maximized = true
    handlers.get('close')?.()
    await vi.waitFor(async () => expect(await readWindowState(file)).toEqual({ ...bounds, maximized: true }))
  })
})
