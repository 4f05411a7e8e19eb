/**
 * Brackets and quotes are kept or dropped in pairs: a snapped span never holds an opening bracket
 * without its closing one, nor the reverse ("الشام» (HTS" is not a span). An unpaired one is paired
 * by widening the span to its partner when that is near (same paragraph, a few words away), else
 * dropped with what lies beyond it. The straight apostrophe and ’ are left alone: they sit inside words.
 */
export interface Span {
  start: number
  end: number
}

const CLOSER_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}', '«': '»', '“': '”', '‹': '›' }
const OPENER_OF: Record<string, string> = Object.fromEntries(Object.entries(CLOSER_OF).map(([open, close]) => [close, open]))
/** How far (in UTF-16 units) a partner is looked for outside the span. */
const REACH = 80
const EDGE = /^[\p{P}\p{Z}\s]$/u

interface Unpaired {
  at: number
  char: string
  opening: boolean
}

/** Whether a straight double quote at `at` opens (a word follows it, none precedes it) or closes. */
function straightQuoteOpens(text: string, at: number): boolean {
  const before = at > 0 ? text.charAt(at - 1) : ' '
  return /[\s([{«“-]/u.test(before)
}

function unpaired(text: string, span: Span): Unpaired[] {
  const open: Unpaired[] = []
  const lone: Unpaired[] = []
  for (let i = span.start; i < span.end; i += 1) {
    const char = text.charAt(i)
    const opening = char === '"' ? straightQuoteOpens(text, i) && !open.some((o) => o.char === '"') : char in CLOSER_OF
    const closing = char === '"' ? !opening : char in OPENER_OF
    if (opening) open.push({ at: i, char, opening: true })
    else if (closing) {
      const want = char === '"' ? '"' : OPENER_OF[char]
      const index = open.map((o) => o.char).lastIndexOf(want ?? '')
      if (index === -1) lone.push({ at: i, char, opening: false })
      else open.splice(index)
    }
  }
  return [...lone, ...open]
}

/** The partner of an unpaired bracket outside the span, within reach and the paragraph; -1 when none. */
function partner(text: string, span: Span, item: Unpaired): number {
  const want = item.char === '"' ? '"' : item.opening ? CLOSER_OF[item.char] : OPENER_OF[item.char]
  if (item.opening) {
    for (let i = span.end; i < Math.min(text.length, span.end + REACH); i += 1) {
      const char = text.charAt(i)
      if (char === '\n') return -1
      if (char === want) return i
    }
  } else {
    for (let i = span.start - 1; i >= Math.max(0, span.start - REACH); i -= 1) {
      const char = text.charAt(i)
      if (char === '\n') return -1
      if (char === want) return i
    }
  }
  return -1
}

function trimEdges(text: string, span: Span): Span | null {
  let { start, end } = span
  while (start < end && EDGE.test(text.charAt(start)) && !(text.charAt(start) in CLOSER_OF) && text.charAt(start) !== '"') start += 1
  while (end > start && EDGE.test(text.charAt(end - 1)) && !(text.charAt(end - 1) in OPENER_OF) && text.charAt(end - 1) !== '"') end -= 1
  return start < end ? { start, end } : null
}

/** `span` with its brackets and quotes paired (see above); null when nothing is left. */
export function pairBrackets(text: string, span: Span): Span | null {
  let current: Span | null = span
  for (let round = 0; round < 4 && current; round += 1) {
    const problems = unpaired(text, current)
    if (problems.length === 0) return current
    const item = problems[0] as Unpaired
    const found = partner(text, current, item)
    if (found !== -1) {
      current = item.opening ? { start: current.start, end: found + 1 } : { start: found, end: current.end }
    } else {
      current = trimEdges(text, item.opening ? { start: current.start, end: item.at } : { start: item.at + 1, end: current.end })
    }
  }
  return current && unpaired(text, current).length === 0 ? current : null
}
