import { useCallback, useRef, useState } from 'react'
import type { ImportReport } from '@core/shared/import/report'
import type { ApiClient } from '../api/client'
import { AppImport, IDLE_RUN, type ImportRun, type ImportRunOptions } from './app-import'
import type { PickedFile } from './picked-files'

export type { ImportRun, ImportRunOptions } from './app-import'

/** The import dialog's run: one AppImport at a time (see app-import.ts), its state rendered as it changes. */
export function useImport(client: ApiClient): { run: ImportRun; start(files: PickedFile[], options: ImportRunOptions): Promise<ImportReport>; cancel(): void; reset(): void } {
  const [run, setRun] = useState<ImportRun>(IDLE_RUN)
  const current = useRef<AppImport | null>(null)

  const start = useCallback(
    (files: PickedFile[], options: ImportRunOptions) => {
      const started = new AppImport(client, setRun)
      current.current = started
      return started.run(files, options)
    },
    [client]
  )
  const cancel = useCallback(() => current.current?.cancel(), [])
  const reset = useCallback(() => setRun(IDLE_RUN), [])
  return { run, start, cancel, reset }
}
