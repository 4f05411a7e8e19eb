export interface PdfTextItem {
  str: string
  x: number
  y: number
  width: number
  height: number
  fontSize: number
  hasEOL: boolean
}

interface Line {
  text: string
  y: number
  size: number
}

/** A page number line (lines are trimmed): "12", "- 12 -", "Page 3 of 10", "3/10". */
export const PAGE_NUMBER = /^(?:page\s*)?(?:[-–—]\s*)?\d{1,4}\s*(?:[-–—]\s*)?(?:(?:of|\/)\s*\d{1,4})?$/i

/**
 * Paragraphs from a PDF's text layer: items grouped into lines by their baseline, lines into
 * paragraphs where the vertical gap is wider than usual. Running headers and footers (the same first
 * or last line on at least half the pages, digits aside) and page numbers are dropped.
 */
export function pdfParagraphs(pages: PdfTextItem[][]): string[] {
  const linesPerPage = pages.map(toLines)
  const running = runningLines(linesPerPage)
  const paragraphs: string[] = []
  let current = ''
  for (const lines of linesPerPage) {
    const kept = lines.filter((line, index) => {
      const edge = index === 0 || index === lines.length - 1
      return !(edge && (PAGE_NUMBER.test(line.text) || running.has(shape(line.text))))
    })
    const gap = usualGap(kept)
    kept.forEach((line, index) => {
      const previous = kept[index - 1]
      const newParagraph = previous ? previous.y - line.y > gap * 1.4 : !/[\p{L},;-]$/u.test(current)
      if (newParagraph && current) {
        paragraphs.push(current)
        current = ''
      }
      current = current ? `${current} ${line.text}` : line.text
    })
  }
  if (current) paragraphs.push(current)
  return paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0)
}

function toLines(items: PdfTextItem[]): Line[] {
  const lines: Line[] = []
  let current: (Line & { right: number }) | null = null
  for (const item of items) {
    const size = item.fontSize || item.height || 10
    if (current && Math.abs(current.y - item.y) < size * 0.5) {
      const gapBefore = item.x - current.right
      const needsSpace = gapBefore > size * 0.15 && !current.text.endsWith(' ') && !item.str.startsWith(' ')
      current.text += (needsSpace ? ' ' : '') + item.str
      current.right = item.x + item.width
    } else {
      if (current) lines.push(current)
      current = { text: item.str, y: item.y, size, right: item.x + item.width }
    }
    if (item.hasEOL && current) {
      lines.push(current)
      current = null
    }
  }
  if (current) lines.push(current)
  return lines.map(({ text, y, size }) => ({ text: text.trim(), y, size })).filter((line) => line.text.length > 0)
}

/** Lines that open or close at least half of the pages (two at least), compared with their digits masked. */
function runningLines(pages: Line[][]): Set<string> {
  const counts = new Map<string, number>()
  for (const lines of pages) {
    const edges = new Set([lines[0], lines.at(-1)].filter((l): l is Line => Boolean(l)).map((l) => shape(l.text)))
    for (const edge of edges) counts.set(edge, (counts.get(edge) ?? 0) + 1)
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2))
  return new Set([...counts].filter(([, count]) => count >= needed).map(([text]) => text))
}

function shape(text: string): string {
  return text.replace(/\d+/g, '#').toLowerCase()
}

/** The most common distance between consecutive baselines on a page: a wider gap starts a paragraph. */
function usualGap(lines: Line[]): number {
  const gaps = lines.slice(1).map((line, i) => Math.round((lines[i]?.y ?? 0) - line.y)).filter((g) => g > 0)
  if (gaps.length === 0) return lines[0]?.size ?? 12
  const counts = new Map<number, number>()
  for (const gap of gaps) counts.set(gap, (counts.get(gap) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 12
}
