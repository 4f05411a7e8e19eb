import { useEffect, useState } from 'react'
import { DebouncedWriter, type WriterState } from './debounced-writer'

export const SAVE_DELAY_MS = 300

/**
 * Saves a value typed into a field through a DebouncedWriter: at most one write per `SAVE_DELAY_MS`,
 * the latest value written last, a final write when the field goes away. `pending` is true from the
 * first keystroke until the core has the last value on disk; `error` holds the last failure.
 */
export function useDebouncedSave<T>(save: (value: T) => Promise<unknown>): { schedule(value: T): void } & WriterState {
  const [state, setState] = useState<WriterState>({ pending: false, error: null })
  const [writer] = useState(() => new DebouncedWriter<T>(save, SAVE_DELAY_MS, setState))
  useEffect(() => {
    writer.setSave(save)
  })
  useEffect(() => () => void writer.flush(), [writer])
  return { schedule: (value: T) => writer.schedule(value), ...state }
}
