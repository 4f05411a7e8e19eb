import { useEffect, useState } from 'react'
import type { ApiClient } from '../api/client'
import { announce } from '../shared/announcer'

export type SaveState = 'idle' | 'saving' | 'saved' | 'disconnected'

export interface SaveStatus {
  state: SaveState
  /** In words, for the top bar: "No changes yet", "Saving…", "Saved 10:42", "Disconnected — changes cannot be saved". */
  text: string
}

export const DISCONNECTED = 'Disconnected — changes cannot be saved'

function clock(date: Date): string {
  return date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
}

/**
 * What the save indicator may truthfully say: nothing saved yet after opening, writes in flight, the
 * time the core last reported a change durable (its change events come only after the write), or that
 * the browser-mode server is gone and nothing can be saved.
 */
export function useSaveStatus(client: ApiClient, pendingWrites: number): SaveStatus {
  const [savedAt, setSavedAt] = useState<Date | null>(null)
  const [connected, setConnected] = useState(true)

  useEffect(() => {
    const saved = () => setSavedAt(new Date())
    const stops = [client.on('document.changed', saved), client.on('project.changed', saved), client.on('entities.changed', saved)]
    const stopConnection = client.onConnection?.((now) => {
      setConnected(now)
      announce(now ? 'Reconnected: changes are saved again' : DISCONNECTED)
    })
    return () => {
      for (const stop of stops) stop()
      stopConnection?.()
    }
  }, [client])

  if (!connected) return { state: 'disconnected', text: DISCONNECTED }
  if (pendingWrites > 0) return { state: 'saving', text: 'Saving…' }
  if (savedAt) return { state: 'saved', text: `Saved ${clock(savedAt)}` }
  return { state: 'idle', text: 'No changes yet' }
}
