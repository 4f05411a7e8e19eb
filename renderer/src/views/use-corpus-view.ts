import { useEffect, useRef, useState } from 'react'
import type { ApiClient } from '../api/client'

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
 * (debounced) after each `document.changed`, `entities.changed` or `project.changed`. The core answers
 * from its incremental index, so the renderer never rescans documents; a reply to an older question
 * never overwrites a newer one.
 */
export function useCorpusView<T>(client: ApiClient, key: string, load: () => Promise<T>): CorpusView<T> {
  const [state, setState] = useState<CorpusView<T>>({ data: null, error: null, loading: true })
  const loadRef = useRef(load)
  useEffect(() => {
    loadRef.current = load
  })

  useEffect(() => {
    let asked = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    let live = true
    const ask = () => {
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
    const askSoon = () => {
      clearTimeout(timer)
      timer = setTimeout(ask, VIEW_REFRESH_DELAY_MS)
    }
    ask()
    const offs = [client.on('document.changed', askSoon), client.on('entities.changed', askSoon), client.on('project.changed', askSoon), client.on('documents.added', askSoon)]
    return () => {
      live = false
      clearTimeout(timer)
      for (const off of offs) off()
    }
  }, [client, key])

  return state
}
