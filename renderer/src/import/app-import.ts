import type { Events } from '@core/shared/contract'
import { importCalls } from '@core/shared/import/batches'
import { emptyReport, mergeReports, type ImportOptions, type ImportReport } from '@core/shared/import/report'
import { verbatim } from '@core/shared/i18n/said'
import { ApiCallError, type ApiClient } from '../api/client'
import { toBase64, type PickedFile } from './picked-files'

export type ImportRunOptions = Partial<ImportOptions>

export interface ImportRun {
  status: 'idle' | 'running' | 'done'
  total: number
  /** Files through: read and checked by the core (stored, or reported skipped or failed), or unreadable where picked. */
  done: number
  /** The file the core is reading now, with its companions. */
  current: string | null
  cancelled: boolean
  report: ImportReport
}

export const IDLE_RUN: ImportRun = { status: 'idle', total: 0, done: 0, current: null, cancelled: false, report: emptyReport() }

/** A picked file's bytes as `import.files` takes them (the browser's FileReader; tests bring their own). */
export type EncodeFile = (file: Blob) => Promise<string>

/**
 * One import the user started: the picked files sent in the packs the CLI sends (importCalls: up to 64
 * files, a brat pair never split), so the core reads ahead and commits many files in one store update.
 * Progress still moves file by file, from the core's `import.progress` events for this run's id, and
 * Cancel stops the pack under way between two files (`import.stop`): what was read stays imported and
 * is reported, nothing half-done is left (the core commits each file whole). Parsing runs in the core
 * (main process or server), never on the renderer's thread.
 */
export class AppImport {
  readonly runId = crypto.randomUUID()
  private state: ImportRun = IDLE_RUN
  private cancelled = false
  /** Each file once: a folder's sidecar travels with several brat pairs. */
  private readonly through = new Set<string>()

  constructor(
    private readonly client: ApiClient,
    private readonly onChange: (run: ImportRun) => void,
    private readonly encode: EncodeFile = toBase64
  ) {}

  async run(files: readonly PickedFile[], options: ImportRunOptions): Promise<ImportReport> {
    const unreadable = files.filter((picked) => picked.problem)
    // The walk said why in the interface's language already.
    let report: ImportReport = { ...emptyReport(), failed: unreadable.map((picked) => ({ file: picked.name, reason: verbatim(picked.problem ?? '') })) }
    this.markThrough(unreadable.map((picked) => picked.name))
    this.update({ ...IDLE_RUN, status: 'running', total: files.length, done: this.through.size, report })
    const stopListening = this.client.on('import.progress', (progress) => this.onProgress(progress))
    try {
      for (const call of importCalls(files.filter((picked) => !picked.problem), (picked) => picked.file.size)) {
        if (this.cancelled) break
        const part = await this.send(call, options)
        report = mergeReports(report, part)
        // Stopped mid-pack, the files not started are not through; otherwise every file of the pack is (a brat pair's .txt among them).
        this.markThrough(this.cancelled ? namesIn(part) : call.map((picked) => picked.name))
        this.update({ report })
      }
    } finally {
      stopListening()
    }
    this.update({ status: 'done', current: null, cancelled: this.cancelled, report })
    return report
  }

  /** Stops sending packs and asks the core to stop the one under way after the file it is on. */
  cancel(): void {
    if (this.cancelled || this.state.status !== 'running') return
    this.cancelled = true
    // A stop that fails to arrive leaves the pack under way to finish: the report still says what became of it.
    this.client.call('import.stop', { runId: this.runId }).catch(() => undefined)
  }

  private async send(call: readonly PickedFile[], options: ImportRunOptions): Promise<ImportReport> {
    try {
      const payload = await Promise.all(call.map(async (picked) => ({ name: picked.name, base64: await this.encode(picked.file) })))
      if (this.cancelled) return emptyReport()
      return await this.client.call('import.files', { files: payload, options, runId: this.runId })
    } catch (error) {
      const reason = error instanceof ApiCallError && error.said ? error.said : verbatim(error instanceof Error ? error.message : String(error))
      return { ...emptyReport(), failed: call.map((picked) => ({ file: picked.name, reason })) }
    }
  }

  private onProgress(progress: Events['import.progress']): void {
    // Another window's import, or an event that arrived after this run ended.
    if (progress.runId !== this.runId || this.state.status !== 'running') return
    if (progress.step === 'reading') this.update({ current: progress.files.join(', ') })
    else this.markThrough(progress.files)
  }

  private markThrough(names: readonly string[]): void {
    const before = this.through.size
    for (const name of names) this.through.add(name)
    if (this.through.size !== before && this.state.status === 'running') this.update({ done: this.through.size })
  }

  private update(change: Partial<ImportRun>): void {
    this.state = { ...this.state, ...change }
    this.onChange(this.state)
  }
}

/** The files a call's report says something of. */
function namesIn(report: ImportReport): string[] {
  return [...report.files, ...report.imported, ...report.skippedDuplicates, ...report.failed, ...report.skipped].map((entry) => entry.file)
}
