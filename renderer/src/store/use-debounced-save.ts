import { useEffect, useState } from 'react'
import { useActions } from './context'
import { DebouncedWriter, type WriterState } from './debounced-writer'

export const SAVE_DELAY_MS = 300

/**
 * Saves a value typed into a field through a DebouncedWriter: at most one write per `SAVE_DELAY_MS`,
 * the latest value written last, a final write when the field goes away. `pending` is true from the
 * first keystroke until the core has the last value on disk, and counted in the top bar's "Saving…" as long;
 * `save` resolves false when the write failed (the actions module has said so), and `onFailed` rolls the field back.
 */
export function useDebouncedSave<T>(save: (value: T) => Promise<boolean>, onFailed?: () => void): { schedule(value: T): void } & WriterState {
  const actions = useActions()
  const [state, setState] = useState<WriterState>({ pending: false, error: null })
  const [writer] = useState(
    () =>
      new DebouncedWriter<T>(
        async (value) => {
          if (!(await save(value))) throw new Error('not saved')
        },
        SAVE_DELAY_MS,
        setState
      )
  )
  useEffect(() => {
    writer.setSave(async (value) => {
      if (!(await save(value))) throw new Error('not saved')
    })
  })
  useEffect(() => {
    if (state.error) onFailed?.()
    // Only a new failure rolls back, not each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.error])
  // A value typed and not yet on disk counts as a write in flight.
  useEffect(() => (state.pending ? actions.holdWrite() : undefined), [state.pending, actions])
  useEffect(() => () => void writer.flush(), [writer])
  return { schedule: (value: T) => writer.schedule(value), ...state }
}
