import type { Core } from '../core'
import { inEnglish } from '../shared/i18n/said'
import type { DocumentSummary } from '../shared/model/document'

export interface TextFile {
  fileName: string
  content: string
}

/**
 * Imports plain-text files through the real import pipeline (as `tessera import` or the Import dialog
 * would) and answers with the new documents as listed, in the files' order. Duplicates are allowed, so a
 * test may import the same text twice; a file the pipeline refuses fails the test with its reason.
 */
export async function importTexts(core: Core, files: readonly TextFile[]): Promise<DocumentSummary[]> {
  const encoder = new TextEncoder()
  const report = await core.importFiles(
    files.map(({ fileName, content }) => ({ name: fileName, bytes: encoder.encode(content) })),
    { allowDuplicates: true }
  )
  if (report.failed.length > 0) throw new Error(report.failed.map(({ file, reason }) => `${file}: ${inEnglish(reason)}`).join('\n'))
  const listed = new Map((await core.call('documents.list', {})).map((summary) => [summary.id, summary]))
  return report.imported.map(({ documentId }) => {
    const summary = listed.get(documentId)
    if (!summary) throw new Error(`The imported document ${documentId} is not listed.`)
    return summary
  })
}
