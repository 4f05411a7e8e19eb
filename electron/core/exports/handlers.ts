import { documentFor, readerOf } from '../layers/blind-reads'
import type { ExportChoices } from '../shared/contract'
import type { HandlersFor } from '../context'
import type { DocumentStatus } from '../shared/model/document'
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

export const exportHandlers: HandlersFor<'export.choices'> = {
  'export.choices': async (_input, context): Promise<ExportChoices> => {
    const { store } = context
    const reader = readerOf(context)
    const outlets = new Set<string>()
    const authors = new Set<string>()
    const statuses = new Map<DocumentStatus, number>()
    for (const id of store.info.documentIds) {
      const read = await store.readDocumentOnce(id).catch(() => null)
      if (!read) continue
      // Blind mode: the annotators offered are those whose work the user may read (no colleague named from a hidden layer).
      const document = documentFor(reader, read)
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
