import { useCallback, useEffect, useRef, useState } from 'react'

export interface ActionStatus {
  kind: 'info' | 'error'
  text: string
}

/**
 * Runs core calls for a panel: `busy` while one is under way (the change is not on disk yet), then a
 * status line saying what was stored, or the core's error. Calls resolve only once the core has written.
 */
export function useEntityAction() {
  const [running, setRunning] = useState(0)
  const [status, setStatus] = useState<ActionStatus | null>(null)
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const run = useCallback(async <R,>(call: Promise<R>, describe: (result: R) => string): Promise<R | undefined> => {
    setRunning((n) => n + 1)
    try {
      const result = await call
      if (mounted.current) setStatus({ kind: 'info', text: describe(result) })
      return result
    } catch (error) {
      if (mounted.current) setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) })
      return undefined
    } finally {
      if (mounted.current) setRunning((n) => n - 1)
    }
  }, [])

  return { busy: running > 0, status, run, setStatus }
}
