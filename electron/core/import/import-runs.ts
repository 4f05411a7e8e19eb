/** How many stopped run ids are remembered: a stop may reach the core before the call it stops. */
const REMEMBERED_STOPS = 1_000

/**
 * The app's imports in this project session, by the run id the app chose for all the calls of one
 * import, so that `import.stop` from a window stops that window's import and no other.
 */
export class ImportRuns {
  private readonly callsUnderWay = new Map<string, number>()
  private readonly stopped = new Set<string>()

  /** Stops the run: its call under way stops after the file it is on, and a later call of it imports nothing. */
  stop(runId: string): { running: boolean } {
    this.stopped.delete(runId)
    this.stopped.add(runId)
    if (this.stopped.size > REMEMBERED_STOPS) this.stopped.delete(this.stopped.values().next().value ?? runId)
    return { running: this.callsUnderWay.has(runId) }
  }

  /** Runs one call of the run with the control that stops it; the run counts as under way until the call ends. */
  // The control is an ImportControl (batched-import.ts), spelled out: importing that type here closed an import cycle through the context.
  async track<T>(runId: string, call: (control: { shouldStop(): boolean }) => Promise<T>): Promise<T> {
    this.callsUnderWay.set(runId, (this.callsUnderWay.get(runId) ?? 0) + 1)
    try {
      return await call({ shouldStop: () => this.stopped.has(runId) })
    } finally {
      const left = (this.callsUnderWay.get(runId) ?? 1) - 1
      if (left > 0) this.callsUnderWay.set(runId, left)
      else this.callsUnderWay.delete(runId)
    }
  }
}
