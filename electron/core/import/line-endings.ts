import { countBefore } from '../shared/text/code-points'
import type { NormalizedWithMap } from './normalize-map'

/**
 * `raw` with every CRLF made LF, and the map of raw offsets into it. Nothing else changes: no NFC, no
 * trimming, lone CRs kept. `crlfCount` says how many pairs were joined (the import report names it).
 */
export function lineEndingsWithMap(raw: string): NormalizedWithMap & { crlfCount: number } {
  // Raw index of each CR removed (the CR of a CRLF), ascending.
  const removed: number[] = []
  for (let at = raw.indexOf('\r\n'); at !== -1; at = raw.indexOf('\r\n', at + 2)) removed.push(at)
  if (removed.length === 0) return { text: raw, crlfCount: 0, map: (offset) => ({ offset: Math.min(offset, raw.length), exact: offset <= raw.length }) }
  const text = raw.replace(/\r\n/g, '\n')
  const map: NormalizedWithMap['map'] = (rawOffset, side) => {
    if (rawOffset >= raw.length) return { offset: text.length, exact: rawOffset === raw.length }
    const before = countBefore(removed, rawOffset)
    // An offset between the CR and the LF of a pair falls inside the one character they became.
    if (raw.charCodeAt(rawOffset - 1) === 0x0d && raw.charCodeAt(rawOffset) === 0x0a) {
      const lineBreak = rawOffset - 1 - (before - 1)
      return { offset: side === 'start' ? lineBreak : lineBreak + 1, exact: false }
    }
    return { offset: rawOffset - before, exact: true }
  }
  return { text, crlfCount: removed.length, map }
}
