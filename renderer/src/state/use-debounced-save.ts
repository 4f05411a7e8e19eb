import { useCallback, useEffect, useRef, useState } from 'react'

export const SAVE_DELAY_MS = 300

/**
 * Saves a value typed into a field: at most one write per `SAVE_DELAY_MS` of typing, the latest value
 * always written last, and a final write when the field goes away. `pending` is true from the first
 * keystroke until the core has the last value on disk; `error` holds the last failure.
 */
export function useDebouncedSave<T>(save: (value: T) => Promise<unknown>): {
  schedule(value: T): void
  pending: boolean
  error: string | null
} {
  const latest = useRef<{ value: T } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const inFlight = useRef<Promise<unknown> | null>(null)
  const saveRef = useRef(save)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    saveRef.current = save
  })

  const flush = useCallback(async (): Promise<void> => {
    timer.current = null
    if (inFlight.current) await inFlight.current.catch(() => undefined)
    const next = latest.current
    if (!next) return
    latest.current = null
    const writing = saveRef.current(next.value)
    inFlight.current = writing
    try {
      await writing
      setError(null)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      inFlight.current = null
      if (!latest.current && !timer.current) setPending(false)
    }
  }, [])

  const schedule = useCallback(
    (value: T) => {
      latest.current = { value }
      setPending(true)
      timer.current ??= setTimeout(() => void flush(), SAVE_DELAY_MS)
    },
    [flush]
  )

  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current)
        void flush()
      }
    },
    [flush]
  )

  return { schedule, pending, error }
}
