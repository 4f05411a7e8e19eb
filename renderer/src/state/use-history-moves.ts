import { useState } from 'react'
import type { ApiClient } from '../api/client'
import { announce } from '../shared/announcer'

interface HistoryMoveCallbacks {
  /** What was undone or redone, in words ("Undid tag ‘Hama’ as Place"). */
  onDone(text: string): void
  onError(error: unknown): void
}

/**
 * Undo and redo through the core's history. Presses in quick succession each count: the core runs them
 * one after another, and `busy` says some are in flight. With nothing to undo the announcer says so.
 */
export function useHistoryMoves(client: ApiClient, { onDone, onError }: HistoryMoveCallbacks) {
  const [inFlight, setInFlight] = useState(0)
  function move(direction: 'undo' | 'redo') {
    setInFlight((n) => n + 1)
    client
      .call(direction === 'undo' ? 'history.undo' : 'history.redo', {})
      .then((result) => {
        if (result.done) onDone(result.done)
        else announce(direction === 'undo' ? 'Nothing to undo' : 'Nothing to redo')
      }, onError)
      .finally(() => setInFlight((n) => n - 1))
  }
  return { busy: inFlight > 0, move }
}
