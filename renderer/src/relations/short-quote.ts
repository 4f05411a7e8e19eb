const QUOTE_MAX = 90

/** A quote on one line, shortened with an ellipsis past 90 characters. */
export function shortQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim()
  return flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat
}
