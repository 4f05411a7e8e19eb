import type { ExportFile, ExportFormat } from '../contract'
import type { HandlersFor } from '../context'
import type { Exporter } from './exporter'
import { csvExporter } from './csv'
import { jsonlExporter } from './jsonl'

export const exporters: Record<ExportFormat, Exporter> = {
  jsonl: jsonlExporter,
  csv: csvExporter
}

function fileNameFor(projectName: string, extension: string): string {
  const base = projectName
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    // Runs are already single dashes: /-$/ cannot backtrack as /-+$/ could.
    .replace(/^-|-$/g, '')
    .toLowerCase()
  return `${base || 'tessera-export'}.${extension}`
}

export const exportHandlers: HandlersFor<'export.project'> = {
  'export.project': async ({ format, offsetUnit }, { store }): Promise<ExportFile> => {
    const exporter = exporters[format]
    const documents = await store.listDocuments()
    return {
      fileName: fileNameFor(store.info.name, exporter.extension),
      mimeType: exporter.mimeType,
      content: exporter.render(documents, { offsetUnit }),
      documentCount: documents.length
    }
  }
}
