import { useCallback, useRef, useState } from 'react'
import type { ImportOptions, ImportReport } from '@core/shared/import/report'
import { groupCompanions } from '@core/shared/import/batches'
import { emptyReport, mergeReports } from '@core/shared/import/report'
import { verbatim } from '@core/shared/i18n/said'
import { ApiCallError, type ApiClient } from '../api/client'
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
 * Imports files one call per file (a file and its companions, such as brat's .txt beside an .ann, together), so progress shows and Cancel stops between files: what finished
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
      // A folder's sidecar travels with several groups; each file counts once.
      const counted = new Set<string>()
      const unreadable = files.filter((picked) => picked.problem)
      // The walk said why in the interface's language already.
      report = mergeReports(report, { ...emptyReport(), failed: unreadable.map((picked) => ({ file: picked.name, reason: verbatim(picked.problem ?? '') })) })
      for (const picked of unreadable) counted.add(picked.name)
      let done = counted.size
      for (const group of groupCompanions(files.filter((picked) => !picked.problem))) {
        if (cancelled.current) break
        setRun((state) => ({ ...state, current: group.map((f) => f.name).join(', '), done }))
        try {
          const payload = await Promise.all(group.map(async (picked) => ({ name: picked.name, base64: await toBase64(picked.file) })))
          report = mergeReports(report, await client.call('import.files', { files: payload, options }))
        } catch (error) {
          const reason = error instanceof ApiCallError && error.said ? error.said : verbatim(error instanceof Error ? error.message : String(error))
          report = mergeReports(report, { ...emptyReport(), failed: group.map((picked) => ({ file: picked.name, reason })) })
        }
        for (const picked of group) counted.add(picked.name)
        done = counted.size
        const snapshot = report
        const doneNow = done
        setRun((state) => ({ ...state, done: doneNow, report: snapshot }))
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
