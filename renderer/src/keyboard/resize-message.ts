import type { Edge, Span } from '@core/shared/text/snap'
import { quoted } from '../shared/announcer'

/**
 * What a keyboard resize did, in words, shown and announced so a span never changes unnoticed:
 * "Actor: 'Arab Army, backed by' now ends at 'by'" (or "now starts at" for the start edge).
 */
export function resizeMessage(tagLabel: string, text: string, span: Span, edge: Edge): string {
  const quote = text.slice(span.start, span.end)
  const words = quote.trim().split(/\s+/u)
  const word = (edge === 'end' ? words[words.length - 1] : words[0]) ?? quote
  return `${tagLabel}: ${quoted(quote)} now ${edge === 'end' ? 'ends' : 'starts'} at ${quoted(word)}`
}
