/** A quote for a message: one line, at most 40 characters. */
export function shortQuote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 40 ? `${line.slice(0, 39)}…` : line
}
