import { said } from '../../shared/i18n/said'
import { importError } from '../import-error'
import { detectLanguage } from '../metadata/language'
import { extensionOf, headText, type ImportReader } from '../reader'
import { pdfParagraphs, type PdfTextItem } from './pdf-layout'
import { boundedTextItems, PDF_LIMITS, PdfLimitError, type PdfLimits } from './pdf-text'

/** PDF with a text layer (unpdf, PDF.js): paragraphs rebuilt from the layout, running headers and page numbers dropped. */
export function pdfReaderWithin(limits: PdfLimits): ImportReader {
  return {
    format: 'pdf',
    canRead: (name, bytes) => headText(bytes, 8).startsWith('%PDF-') || extensionOf(name) === 'pdf',
    read: async (name, bytes) => {
      if (!headText(bytes, 1024).includes('%PDF-')) throw importError(name, said('readers.pdf.notPdf'))
      let pages: PdfTextItem[][]
      let author: string
      // PDF.js loads with the first PDF, not with the import worker.
      const { getDocumentProxy, getMeta } = await import('unpdf')
      // PDF.js may take over the buffer it is given: hand it a copy.
      const proxy = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: false, isEvalSupported: false }).catch((error: unknown) => {
        throw damaged(name, error)
      })
      let refused = false
      try {
        pages = await boundedTextItems(proxy, bytes.length, limits)
        const meta = await getMeta(proxy).catch(() => null)
        const info = (meta?.info ?? {}) as Record<string, unknown>
        author = typeof info.Author === 'string' ? info.Author.trim().slice(0, 500) : ''
      } catch (error) {
        refused = error instanceof PdfLimitError
        if (error instanceof PdfLimitError) throw importError(name, said('readers.refused', { reason: error.reason }))
        throw damaged(name, error)
      } finally {
        // A text stream cancelled mid-page can leave PDF.js's task unsettled, and destroy() waits for
        // it (over two minutes here): after a refusal the document is let go without waiting.
        const destroyed = proxy.destroy().catch(() => undefined)
        if (!refused) await destroyed
      }
      const text = pdfParagraphs(pages).join('\n\n')
      if (text.trim().length === 0) {
        throw importError(name, said('readers.pdf.noTextLayer'))
      }
      return [{ origin: name, metadata: { author, language: detectLanguage(text) }, text, offsetUnit: 'utf16', annotations: [] }]
    }
  }
}

export const pdfReader: ImportReader = pdfReaderWithin(PDF_LIMITS)

function damaged(name: string, error: unknown): Error {
  return importError(name, said('readers.pdf.damaged', { reason: error instanceof Error ? error.message : String(error) }))
}
