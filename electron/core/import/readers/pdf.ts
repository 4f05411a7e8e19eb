import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf'
import { importError } from '../import-error'
import { detectLanguage } from '../metadata/language'
import { extensionOf, headText, type ImportReader } from '../reader'
import { pdfParagraphs } from './pdf-layout'

/** PDF with a text layer (unpdf, PDF.js): paragraphs rebuilt from the layout, running headers and page numbers dropped. */
export const pdfReader: ImportReader = {
  format: 'pdf',
  canRead: (name, bytes) => headText(bytes, 8).startsWith('%PDF-') || extensionOf(name) === 'pdf',
  read: async (name, bytes) => {
    if (!headText(bytes, 1024).includes('%PDF-')) throw importError(name, 'is not a PDF file (it has no %PDF- header).')
    let pages: Awaited<ReturnType<typeof extractTextItems>>['items']
    let author: string
    try {
      // PDF.js may take over the buffer it is given: hand it a copy.
      const proxy = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: false })
      pages = (await extractTextItems(proxy)).items
      const meta = await getMeta(proxy).catch(() => null)
      const info = (meta?.info ?? {}) as Record<string, unknown>
      author = typeof info.Author === 'string' ? info.Author.trim().slice(0, 500) : ''
      await proxy.destroy()
    } catch (error) {
      throw importError(name, `is damaged or incomplete and cannot be read as a PDF (${error instanceof Error ? error.message : String(error)}).`)
    }
    const text = pdfParagraphs(pages).join('\n\n')
    if (text.trim().length === 0) {
      throw importError(name, 'has no text layer (a scanned document?): it needs OCR before Tessera can import it.')
    }
    return [{ origin: name, metadata: { author, language: detectLanguage(text) }, text, offsetUnit: 'utf16', annotations: [] }]
  }
}
