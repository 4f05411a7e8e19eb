import { readFile } from 'node:fs/promises'
import type { BrowserWindow, Rectangle } from 'electron'
import { z } from 'zod'
import { writeFileAtomic } from '../core'

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean()
})

/** Where the main window was and how big, remembered between sessions. */
export type WindowState = z.infer<typeof windowStateSchema>

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1400, height: 900, maximized: false }

/** How much of the window must stay on some display for the remembered position to be kept. */
const MIN_VISIBLE = { width: 120, height: 60 }

/** The remembered state, or the default when the file is missing or damaged: this never stops a start. */
export async function readWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE
  } catch {
    return DEFAULT_WINDOW_STATE
  }
}

/**
 * The state fitted to today's displays: a window remembered on a display that is gone (or mostly off
 * screen) is centred instead, and never larger than the largest work area.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const largest = workAreas.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a), workAreas[0] ?? { x: 0, y: 0, width: state.width, height: state.height })
  const width = Math.min(state.width, largest.width)
  const height = Math.min(state.height, largest.height)
  const { x, y } = state
  const visible =
    x !== undefined &&
    y !== undefined &&
    workAreas.some((area) => overlap(x, width, area.x, area.width) >= MIN_VISIBLE.width && overlap(y, height, area.y, area.height) >= MIN_VISIBLE.height)
  return visible ? { x, y, width, height, maximized: state.maximized } : { width, height, maximized: state.maximized }
}

function overlap(start: number, length: number, areaStart: number, areaLength: number): number {
  return Math.min(start + length, areaStart + areaLength) - Math.max(start, areaStart)
}

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>

/**
 * Saves the window's normal (unmaximised) bounds and whether it is maximised: after moves and resizes
 * settle, and at once when it closes. A failed save costs only the remembered position.
 */
export function trackWindowState(window: TrackedWindow, file: string, settleMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const save = (): void => {
    clearTimeout(timer)
    const { x, y, width, height } = window.getNormalBounds()
    const state: WindowState = { x, y, width, height, maximized: window.isMaximized() }
    writeFileAtomic(file, `${JSON.stringify(state)}\n`).catch(() => undefined)
  }
  const later = (): void => {
    clearTimeout(timer)
    timer = setTimeout(save, settleMs)
  }
  window.on('resize', later)
  window.on('move', later)
  window.on('maximize', save)
  window.on('unmaximize', save)
  window.on('close', save)
}
