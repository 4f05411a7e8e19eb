import type { CoreContext } from '../context'
import { said } from '../shared/i18n/said'
import type { ProjectStore } from '../store/project-store'
import { fingerprint } from './duplicates'
import type { DuplicateIndex } from './duplicate-index'
import { IMPORT_LIMITS, type ImportLimits } from '../shared/import/limits'
import { emptyReport, type ImportOptions, type ImportReport } from '../shared/import/report'
import { besideBratKind, sidecarKind } from '../shared/import/sidecars'
import { sharedImportWorkers, type ImportWorkers } from './worker/pool'
import { importLayers } from './layer/import-layer'
import { BatchedImport, failureReason, type ImportControl, type ImportJob } from './batched-import'

export type { ImportControl } from './batched-import'

export interface ImportFile {
  /** The file's path as the user chose it (relative inside a chosen folder), for reports and companions. */
  name: string
  bytes: Uint8Array
}

/**
 * Imports files in order: each is read (format by content and extension) and turned into documents in an
 * import worker, off the main thread, within a time and memory budget, a few files ahead; then checked
 * for duplicates and committed here, the single writer, several files in one store update, each file's
 * documents all together or not at all (batched-import.ts). A file that fails (or breaks a budget)
 * leaves nothing behind and does not stop the others; the report
 * says what happened to every file. Sidecars of known formats (brat's annotation.conf, Tessera's
 * tessera.json, `*.meta.json`) are read with the files they describe, or skipped with the reason, never
 * stored as documents.
 */
export async function importFiles(
  context: CoreContext,
  files: ImportFile[],
  options: ImportOptions,
  workers: ImportWorkers = sharedImportWorkers(),
  limits: ImportLimits = IMPORT_LIMITS,
  control: ImportControl = {}
): Promise<ImportReport> {
  const report = emptyReport()
  const known = await fingerprints(context.store, context.importFingerprints)
  let companionsOf: Map<string, string[]>
  try {
    // Only a batch can hold another file's companion (brat's .txt beside its .ann).
    companionsOf = files.length > 1 ? await workers.plan(files) : new Map()
  } catch (error) {
    for (const file of files) report.failed.push({ file: file.name, reason: failureReason(file.name, error) })
    control.onFile?.({ step: 'read', files: files.map((f) => f.name) })
    return report
  }
  // Files another file's reader reads with it are not imported on their own.
  const consumed = new Set([...companionsOf.values()].flat())
  const names = files.map((f) => f.name)
  const jobs: ImportJob[] = []
  for (const file of files) {
    const sidecar = sidecarKind(file.name)
    const beside = sidecar ? null : besideBratKind(file.name, names)
    if (beside) {
      report.skipped.push({ file: file.name, reason: said('importReport.sidecar.notDocument', { kind: beside }) })
      continue
    }
    if (sidecar) {
      const reason = said(consumed.has(file.name) ? 'importReport.sidecar.readWith' : 'importReport.sidecar.notDocument', { kind: sidecar })
      report.skipped.push({ file: file.name, reason })
      continue
    }
    if (consumed.has(file.name)) continue
    jobs.push({ file, companions: files.filter((f) => companionsOf.get(file.name)?.includes(f.name)) })
  }
  if (report.skipped.length > 0) control.onFile?.({ step: 'read', files: report.skipped.map((s) => s.file) })
  if (options.asLayer) await importLayers(context, jobs, options, workers, limits, known, report, control)
  else await new BatchedImport(context, workers, options, limits, known, report).run(jobs, control)
  return report
}

/** The fingerprints of the project's documents, computed once per document and kept for the session in `known`. */
export async function fingerprints(store: ProjectStore, known: DuplicateIndex): Promise<DuplicateIndex> {
  for (const id of store.info.documentIds) {
    if (known.has(id)) continue
    try {
      const document = await store.getDocument(id)
      known.add(fingerprint(id, document.title, document.text))
    } catch {
      // An unreadable document cannot be compared with; the list already shows its problem.
    }
  }
  return known
}
