import { useCallback, useRef, useState } from 'react'
import type { ImportReport } from '@core/shared/import/report'
import type { ApiClient } from '../api/client'
import { AppImport, IDLE_RUN, type ImportRun, type ImportRunOptions } from './app-import'
import type { PickedFile } from './picked-files'

export type { ImportRun, ImportRunOptions } from './app-import'

/**
 * The import dialog's run: one AppImport at a time (see app-import.ts). Its state changes twice a file
 * (hundreds of times a second for small files): drawn at most once a frame, the latest state each time.
 */
export function useImport(client: ApiClient): { run: ImportRun; start(files: PickedFile[], options: ImportRunOptions): Promise<ImportReport>; cancel(): void; reset(): void } {
  const [run, setRun] = useState<ImportRun>(IDLE_RUN)
  const current = useRef<AppImport | null>(null)
  const frame = useRef<number | null>(null)

  const start = useCallback(
    (files: PickedFile[], options: ImportRunOptions) => {
      let latest = IDLE_RUN
      const started = new AppImport(client, (next) => {
        latest = next
        frame.current ??= requestAnimationFrame(() => {
          frame.current = null
          setRun(latest)
        })
      })
      current.current = started
      return started.run(files, options)
    },
    [client]
  )
  const cancel = useCallback(() => current.current?.cancel(), [])
  const reset = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current)
    frame.current = null
    setRun(IDLE_RUN)
  }, [])
  return { run, start, cancel, reset }
}
