export interface WriterState {
  /** A value is waiting or being written. */
  pending: boolean
  error: string | null
}

/**
 * Writes the latest of a stream of values (keystrokes in a field): the first value starts a timer of
 * `delayMs`; when it fires, the latest value is written. At most one write per `delayMs`, never two at
 * once, and the last value typed is always the last written. `flush` writes what is waiting now.
 */
export class DebouncedWriter<T> {
  private latest: { value: T } | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight: Promise<void> | null = null

  constructor(
    private save: (value: T) => Promise<unknown>,
    private readonly delayMs: number,
    private readonly onState: (state: WriterState) => void
  ) {}

  /** Replaces the write (a component's latest callback); the next write uses it. */
  setSave(save: (value: T) => Promise<unknown>): void {
    this.save = save
  }

  schedule(value: T): void {
    this.latest = { value }
    this.onState({ pending: true, error: null })
    this.timer ??= setTimeout(() => void this.flush(), this.delayMs)
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (this.inFlight) await this.inFlight
    const next = this.latest
    if (!next) return
    this.latest = null
    let error: string | null = null
    this.inFlight = this.save(next.value).then(
      () => undefined,
      (failure: unknown) => {
        error = failure instanceof Error ? failure.message : String(failure)
      }
    )
    await this.inFlight
    this.inFlight = null
    this.onState({ pending: this.latest !== null || this.timer !== null, error })
  }
}
