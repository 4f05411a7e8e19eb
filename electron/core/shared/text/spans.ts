const CONTEXT_LENGTH = 32

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** True when `offset` does not fall between the two UTF-16 halves of an astral character (an emoji, say). */
export function isCodePointBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true
  return !(isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset)))
}

/** The quoted text of a span with a short context either side, for re-anchoring and verification. */
export function quoteWithContext(
  text: string,
  start: number,
  end: number
): { quote: string; prefix: string; suffix: string } {
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH)
  if (!isCodePointBoundary(text, prefixStart)) prefixStart -= 1
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH)
  if (!isCodePointBoundary(text, suffixEnd)) suffixEnd += 1
  return {
    quote: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd)
  }
}

/** Shrinks a span so it neither starts nor ends with white space; null when nothing but white space is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start
  let to = end
  while (from < to && /\s/.test(text.charAt(from))) from += 1
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1
  return from < to ? { start: from, end: to } : null
}
