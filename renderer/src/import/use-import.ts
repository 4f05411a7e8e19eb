import { useCallback, useRef, useState } from 'react'
import type { ImportOptions, ImportReport } from '@core/import/report'
import { emptyReport, mergeReports } from '@core/import/report'
import type { ApiClient } from '../api/client'
import { toBase64, type PickedFile } from './picked-files'

export type ImportRunOptions = Partial<ImportOptions>

export interface ImportRun {
  status: 'idle' | 'running' | 'done'
  total: number
  done: number
  current: string | null
  cancelled: boolean
  report: ImportReport
}

const IDLE: ImportRun = { status: 'idle', total: 0, done: 0, current: null, cancelled: false, report: emptyReport() }

/**
 * Imports files one call per file, so progress shows and Cancel stops between files: what finished
 * stays imported, nothing half-done is left (each file is committed whole by the core). Parsing runs
 * in the core (main process or server), never on the renderer's thread.
 */
export function useImport(client: ApiClient): { run: ImportRun; start(files: PickedFile[], options: ImportRunOptions): Promise<ImportReport>; cancel(): void; reset(): void } {
  const [run, setRun] = useState<ImportRun>(IDLE)
  const cancelled = useRef(false)

  const start = useCallback(
    async (files: PickedFile[], options: ImportRunOptions) => {
      cancelled.current = false
      let report = emptyReport()
      setRun({ ...IDLE, status: 'running', total: files.length })
      for (const [index, picked] of files.entries()) {
        if (cancelled.current) break
        setRun((state) => ({ ...state, current: picked.name, done: index }))
        try {
          const base64 = await toBase64(picked.file)
          const part = await client.call('import.files', { files: [{ name: picked.name, base64 }], options })
          report = mergeReports(report, part)
        } catch (error) {
          report = mergeReports(report, { ...emptyReport(), failed: [{ file: picked.name, reason: error instanceof Error ? error.message : String(error) }] })
        }
        const snapshot = report
        setRun((state) => ({ ...state, done: index + 1, report: snapshot }))
      }
      const final = report
      setRun((state) => ({ ...state, status: 'done', current: null, cancelled: cancelled.current, report: final }))
      return final
    },
    [client]
  )

  const cancel = useCallback(() => {
    cancelled.current = true
  }, [])
  const reset = useCallback(() => setRun(IDLE), [])
  return { run, start, cancel, reset }
}
