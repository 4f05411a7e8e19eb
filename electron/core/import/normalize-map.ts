import { normalizeText } from '../text/normalize'

/**
 * A piece of the raw text and what normalisation made of it. Pieces tile the raw text in order; the
 * normalised text is their outputs joined.
 */
interface Piece {
  rawStart: number
  rawEnd: number
  output: string
  outStart: number
}

export interface MappedOffset {
  offset: number
  /** False when the raw offset fell inside characters normalisation combined (NFC, CRLF): the offset was moved to the piece's edge. */
  exact: boolean
}

export interface NormalizedWithMap {
  text: string
  /** Maps a UTF-16 offset into the raw text to the normalised text. `side` says which way to round an offset inside a combined piece. */
  map(rawOffset: number, side: 'start' | 'end'): MappedOffset
}

/**
 * Normalises `raw` exactly as `normalizeText` does (the result is checked against it) while keeping,
 * for every raw offset, where it lands in the normalised text. Returns null in the rare case where the
 * piecewise normalisation disagrees with `normalizeText`: the caller then cannot carry spans through.
 */
export function normalizeWithMap(raw: string): NormalizedWithMap | null {
  const expected = normalizeText(raw)
  const pieces = nfcPieces(raw)
  joinCrLf(pieces)
  trimLines(pieces)
  trimEnds(pieces)
  paragraphLines(pieces)
  let outStart = 0
  for (const piece of pieces) {
    piece.outStart = outStart
    outStart += piece.output.length
  }
  const text = pieces.map((p) => p.output).join('')
  if (text !== expected) return null
  return { text, map: (rawOffset, side) => mapOffset(pieces, raw, text.length, rawOffset, side) }
}

function mapOffset(pieces: Piece[], raw: string, textLength: number, rawOffset: number, side: 'start' | 'end'): MappedOffset {
  if (rawOffset >= raw.length) return { offset: textLength, exact: rawOffset === raw.length }
  let low = 0
  let high = pieces.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if ((pieces[middle]?.rawStart ?? Infinity) <= rawOffset) low = middle
    else high = middle - 1
  }
  const piece = pieces[low]
  if (!piece) return { offset: 0, exact: rawOffset === 0 }
  const inside = rawOffset - piece.rawStart
  if (inside === 0) return { offset: piece.outStart, exact: true }
  if (piece.output.length === 0) return { offset: piece.outStart, exact: true }
  if (piece.output === raw.slice(piece.rawStart, piece.rawEnd)) return { offset: piece.outStart + inside, exact: true }
  return { offset: side === 'start' ? piece.outStart : piece.outStart + piece.output.length, exact: false }
}

const WHITE = /^\s$/u
const MARK = /^[\p{M}\u1160-\u11ff]$/u

/**
 * Splits the text into pieces that NFC treats independently: a character with the combining marks
 * (and Hangul vowel/final jamo) that follow it; white space always alone, as it never composes.
 */
function nfcPieces(raw: string): Piece[] {
  const pieces: Piece[] = []
  let offset = 0
  let current: Piece | null = null
  for (const char of raw) {
    const white = WHITE.test(char)
    if (current && !white && MARK.test(char) && !WHITE.test(current.output.slice(-1))) {
      current.output += char
      current.rawEnd += char.length
    } else {
      current = { rawStart: offset, rawEnd: offset + char.length, output: char, outStart: 0 }
      pieces.push(current)
    }
    offset += char.length
  }
  for (const piece of pieces) piece.output = piece.output.normalize('NFC')
  if (pieces[0]?.output === '\uFEFF') pieces[0].output = ''
  return pieces
}

/** CRLF becomes one LF piece; a lone CR becomes LF. */
function joinCrLf(pieces: Piece[]): void {
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i]
    if (piece?.output !== '\r') continue
    const next = pieces[i + 1]
    if (next?.output === '\n') {
      piece.rawEnd = next.rawEnd
      pieces.splice(i + 1, 1)
    }
    piece.output = '\n'
  }
}

/** Per line: leading spaces and tabs, trailing spaces, tabs and no-break spaces removed. */
function trimLines(pieces: Piece[]): void {
  let lineStart = 0
  for (let i = 0; i <= pieces.length; i += 1) {
    if (i < pieces.length && pieces[i]?.output !== '\n') continue
    for (let j = lineStart; j < i; j += 1) {
      const piece = pieces[j]
      if (!piece) break
      if (piece.output === '') continue
      if (!/^[ \t]+$/.test(piece.output)) break
      piece.output = ''
    }
    for (let j = i - 1; j >= lineStart; j -= 1) {
      const piece = pieces[j]
      if (!piece) break
      if (piece.output === '') continue
      if (!/^[ \t\u00a0]+$/.test(piece.output)) break
      piece.output = ''
    }
    lineStart = i + 1
  }
}

/** Newlines before the first and after the last visible character removed. */
function trimEnds(pieces: Piece[]): void {
  for (const piece of pieces) {
    if (piece.output === '') continue
    if (piece.output !== '\n') break
    piece.output = ''
  }
  for (let i = pieces.length - 1; i >= 0; i -= 1) {
    const piece = pieces[i]
    if (!piece || piece.output === '') continue
    if (piece.output !== '\n') break
    piece.output = ''
  }
}

/** One paragraph per line when the text has no blank line; otherwise runs of 3+ newlines become one blank line. */
function paragraphLines(pieces: Piece[]): void {
  const visible = pieces.filter((p) => p.output !== '')
  const hasBlankLine = visible.some((p, i) => p.output === '\n' && visible[i + 1]?.output === '\n')
  if (!hasBlankLine) {
    for (const piece of visible) if (piece.output === '\n') piece.output = '\n\n'
    return
  }
  let run = 0
  for (const piece of visible) {
    if (piece.output !== '\n') {
      run = 0
      continue
    }
    run += 1
    if (run > 2) piece.output = ''
  }
}
