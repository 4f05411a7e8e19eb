/**
 * The canonical form of an imported text, fixed for the life of the document:
 * Unicode NFC, `\n` line endings, no trailing spaces on lines, paragraphs separated by one blank line.
 *
 * Plain-text news exports often put one paragraph per line with no blank lines between them; such a
 * text (no blank line anywhere) has each line promoted to a paragraph.
 *
 * One linear scan rather than regular expressions: an end-anchored pattern such as `/[ \t]+$/`
 * retries from every space of a long run, which takes quadratic time on hostile input.
 */
export function normalizeText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  const text = withoutBom.normalize('NFC').replace(/\r\n?/g, '\n')
  // Non-blank lines in order, with one '' wherever a run of blank lines separated two of them.
  const kept: string[] = []
  let blankPending = false
  let hasBlankLine = false
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const end = trailingSpaceStart(text, lineStart, lineEnd)
    const start = leadingSpaceEnd(text, lineStart, end)
    if (start === end) {
      // Blank lines before the first line and after the last are dropped.
      blankPending = kept.length > 0
    } else {
      if (blankPending) {
        kept.push('')
        hasBlankLine = true
        blankPending = false
      }
      kept.push(text.slice(start, end))
    }
    lineStart = lineEnd + 1
  }
  return kept.join(hasBlankLine ? '\n' : '\n\n')
}

const SPACE = 0x20
const TAB = 0x09
const NO_BREAK_SPACE = 0xa0

/** Where the trailing spaces, tabs and no-break spaces of `text[from, to)` begin. */
function trailingSpaceStart(text: string, from: number, to: number): number {
  let end = to
  while (end > from) {
    const code = text.charCodeAt(end - 1)
    if (code !== SPACE && code !== TAB && code !== NO_BREAK_SPACE) break
    end -= 1
  }
  return end
}

/** Where the leading spaces and tabs of `text[from, to)` end (a leading no-break space is kept). */
function leadingSpaceEnd(text: string, from: number, to: number): number {
  let start = from
  while (start < to) {
    const code = text.charCodeAt(start)
    if (code !== SPACE && code !== TAB) break
    start += 1
  }
  return start
}
