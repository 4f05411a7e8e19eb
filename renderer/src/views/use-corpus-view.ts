import { useEffect, useRef, useState } from 'react'
import { useProjectState } from '../store/context'

/** How long after the last change a view asks the core again (a burst of writes costs one query). */
export const VIEW_REFRESH_DELAY_MS = 250

export interface CorpusView<T> {
  /** The latest answer, kept while a newer one is on its way. */
  data: T | null
  error: string | null
  loading: boolean
}

/**
 * One corpus view's data from the core: asked once on mount and whenever `key` changes, then again
 * (debounced) after each change the project store hears of (documents, entities, tags, imports). The core answers
 * from its incremental index, so the renderer never rescans documents; a reply to an older question
 * never overwrites a newer one.
 */
export function useCorpusView<T>(key: string, load: () => Promise<T>): CorpusView<T> {
  const changes = useProjectState((state) => state.changesVersion)
  const [state, setState] = useState<CorpusView<T>>({ data: null, error: null, loading: true })
  const loadRef = useRef(load)
  useEffect(() => {
    loadRef.current = load
  })

  const ask = useRef<() => void>(() => undefined)
  useEffect(() => {
    let asked = 0
    let live = true
    ask.current = () => {
      const question = ++asked
      setState((current) => (current.loading ? current : { ...current, loading: true }))
      loadRef.current().then(
        (data) => {
          if (live && question === asked) setState({ data, error: null, loading: false })
        },
        (error: unknown) => {
          if (live && question === asked) setState((current) => ({ data: current.data, error: error instanceof Error ? error.message : String(error), loading: false }))
        }
      )
    }
    ask.current()
    return () => {
      live = false
    }
  }, [key])

  const seen = useRef(changes)
  useEffect(() => {
    if (seen.current === changes) return
    seen.current = changes
    const timer = setTimeout(() => ask.current(), VIEW_REFRESH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [changes])

  return state
}
