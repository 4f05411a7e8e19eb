/** How long a quit waits for queued writes before giving up on them. */
export const QUIT_WAIT_MS = 10_000

export interface QuitApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown
  quit(): void
}

export interface CleanQuitOptions {
  /** Waits for queued writes, then releases the project (core.shutdown). */
  shutdown(): Promise<void>
  /** Told when the writes did not finish in time (the quit goes ahead). */
  onTimeout(waitedMs: number): void
  timeoutMs?: number
}

/**
 * The first quit is held back until the core's queued writes are on disk (bounded by `timeoutMs`),
 * then the app quits for real; a write still running at the limit is reported, not waited for forever.
 */
export function installCleanQuit(app: QuitApp, options: CleanQuitOptions): void {
  const timeoutMs = options.timeoutMs ?? QUIT_WAIT_MS
  let state: 'running' | 'waiting' | 'done' = 'running'
  app.on('before-quit', (event) => {
    if (state === 'done') return
    event.preventDefault()
    if (state === 'waiting') return
    state = 'waiting'
    let timer: NodeJS.Timeout | undefined
    const expired = new Promise<'expired'>((resolve) => {
      timer = setTimeout(() => resolve('expired'), timeoutMs)
    })
    const finished = options.shutdown().then(
      () => 'finished' as const,
      () => 'finished' as const
    )
    void Promise.race([finished, expired]).then((outcome) => {
      clearTimeout(timer)
      if (outcome === 'expired') options.onTimeout(timeoutMs)
      state = 'done'
      app.quit()
    })
  })
}
