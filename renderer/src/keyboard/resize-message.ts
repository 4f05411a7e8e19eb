import type { Translator } from '@core/shared/i18n/translator'
import type { Edge, Span } from '@core/shared/text/snap'
import { shortQuote } from '../shared/announcer'

/**
 * What a keyboard resize did, in words, shown and announced so a span never changes unnoticed:
 * "Actor: 'Arab Army, backed by' now ends at 'by'" (or "now starts at" for the start edge).
 */
export function resizeMessage(t: Translator, tagLabel: string, text: string, span: Span, edge: Edge): string {
  const quote = text.slice(span.start, span.end)
  const words = quote.trim().split(/\s+/u)
  const word = (edge === 'end' ? words[words.length - 1] : words[0]) ?? quote
  return t.t(edge === 'end' ? 'shell.resized.end' : 'shell.resized.start', { tag: tagLabel, quote: shortQuote(quote), word: shortQuote(word) })
}
