import type { ExportChoices, ExportFile } from '../contract'
import type { HandlersFor } from '../context'
import type { DocumentStatus } from '../model/document'
import { startExport } from './run'
import { collectRun } from './sinks'
import type { ExportProgress } from './source'

/** Announces progress at most once per percent, so a 10,000-document export is not 10,000 events. */
export function throttledProgress(emit: (progress: ExportProgress) => void): (progress: ExportProgress) => void {
  let lastPercent = -1
  return (progress) => {
    const percent = Math.floor((progress.done / Math.max(progress.total, 1)) * 100)
    if (percent === lastPercent && progress.done !== progress.total) return
    lastPercent = percent
    emit(progress)
  }
}

export const exportHandlers: HandlersFor<'export.project' | 'export.choices'> = {
  'export.project': async (options, { store, emit }): Promise<ExportFile> => {
    const run = startExport(store, options, throttledProgress((progress) => emit('export.progress', progress)))
    const bytes = await collectRun(run)
    return {
      fileName: run.fileName,
      mimeType: run.mimeType,
      content: run.multiFile ? Buffer.from(bytes).toString('base64') : new TextDecoder().decode(bytes),
      encoding: run.multiFile ? 'base64' : 'utf8',
      documentCount: run.report.documentCount,
      report: run.report
    }
  },
  'export.choices': async (_input, { store }): Promise<ExportChoices> => {
    const outlets = new Set<string>()
    const authors = new Set<string>()
    const statuses = new Map<DocumentStatus, number>()
    for (const id of store.info.documentIds) {
      const document = await store.readDocumentOnce(id).catch(() => null)
      if (!document) continue
      outlets.add(document.source)
      for (const annotation of document.annotations) authors.add(annotation.author)
      statuses.set(document.status, (statuses.get(document.status) ?? 0) + 1)
    }
    const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b))
    return {
      outlets: sorted(outlets),
      authors: sorted(authors),
      statuses: [...statuses].map(([status, count]) => ({ status, count }))
    }
  }
}
