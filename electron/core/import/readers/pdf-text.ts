import type { getDocumentProxy } from 'unpdf'
import type { PdfTextItem } from './pdf-layout'
import { inEnglish, said, type Said } from '../../shared/i18n/said'

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>

/**
 * How much of a PDF is read. A page's content stream is compressed and can expand a thousand times:
 * a 20 kB file can draw ten million text runs, each an object of a few hundred bytes once read. The
 * text is read page by page as PDF.js streams it and refused as soon as a bound is passed.
 */
export interface PdfLimits {
  /** Pages (a PDF states its count, which is checked before any page is read). */
  maxPages: number
  /** Text runs (PDF.js items) over all pages. */
  maxItems: number
  /**
   * Text runs per byte of the file, past `minItemBound`: a run takes tens of bytes of operators, a few
   * once compressed, so a file drawing more runs than it has bytes is a bomb (PDF.js reads ~50,000 runs
   * a second here: the bound keeps the time spent on a file proportionate to its size).
   */
  maxItemsPerByte: number
  minItemBound: number
  /** Characters of text over all pages. */
  maxTextChars: number
  /** Wall-clock time for reading the text, checked between pages and between the chunks PDF.js streams. */
  budgetMs: number
}

/**
 * 5,000 pages is a long book; PDF.js joins the runs of a line, so a page holds tens to a few hundred runs and 3,000 to
 * 6,000 characters: the run and character bounds leave room for 5,000 dense pages while refusing a
 * run bomb before it holds ~200 MB; 32 million characters is the same order as the 32 MB of XML a
 * Word document may expand to.
 */
export const PDF_LIMITS: PdfLimits = { maxPages: 5_000, maxItems: 1_000_000, maxItemsPerByte: 1, minItemBound: 50_000, maxTextChars: 32 * 1024 * 1024, budgetMs: 180_000 }

/** A PDF past one of its limits; the message is a reason that follows "<file> is refused: ". */
export class PdfLimitError extends Error {
  override name = 'PdfLimitError'

  constructor(readonly reason: Said) {
    super(inEnglish(reason))
  }
}

interface StreamedItem {
  str?: unknown
  transform?: unknown
  width?: unknown
  height?: unknown
  hasEOL?: unknown
}

/** The text items of every page, as unpdf's extractTextItems gives them, read within `limits`. */
export async function boundedTextItems(pdf: PdfDocument, fileBytes: number, limits: PdfLimits, now: () => number = () => performance.now()): Promise<PdfTextItem[][]> {
  if (pdf.numPages > limits.maxPages) throw new PdfLimitError(said('readers.pdf.pages', { count: pdf.numPages, limit: limits.maxPages }))
  const bySize = Math.max(limits.minItemBound, Math.floor(fileBytes * limits.maxItemsPerByte))
  const itemBound = Math.min(limits.maxItems, bySize)
  const tooManyItems = (page: number): PdfLimitError =>
    new PdfLimitError(itemBound === limits.maxItems ? said('readers.pdf.runs', { limit: limits.maxItems, page }) : said('readers.pdf.runsPerByte', { limit: itemBound, page }))
  const deadline = now() + limits.budgetMs
  const pages: PdfTextItem[][] = []
  let items = 0
  let chars = 0
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number)
    const reader = page.streamTextContent().getReader()
    const found: PdfTextItem[] = []
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        const streamed: StreamedItem[] = Array.isArray(chunk.value?.items) ? chunk.value.items : []
        for (const item of streamed) {
          if (typeof item.str !== 'string') continue
          items += 1
          chars += item.str.length
          found.push(toTextItem(item, item.str))
        }
        if (items > itemBound) throw tooManyItems(number)
        if (chars > limits.maxTextChars) throw new PdfLimitError(said('readers.pdf.characters', { limit: limits.maxTextChars, page: number }))
        if (now() > deadline) throw new PdfLimitError(said('readers.pdf.time', { seconds: Math.round(limits.budgetMs / 1000), page: number }))
      }
    } finally {
      await reader.cancel().catch(() => undefined)
      page.cleanup()
    }
    pages.push(found)
  }
  return pages
}

function toTextItem(item: StreamedItem, str: string): PdfTextItem {
  const transform = Array.isArray(item.transform) ? item.transform.map(Number) : []
  const [, , c = 0, d = 0, e = 0, f = 0] = transform
  return {
    str,
    x: e,
    y: f,
    width: Number(item.width) || 0,
    height: Number(item.height) || 0,
    fontSize: Math.hypot(c, d),
    hasEOL: item.hasEOL === true
  }
}
