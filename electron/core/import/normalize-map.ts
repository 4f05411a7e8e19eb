import { normalizeText } from '../shared/text/normalize'

/**
 * A piece of the raw text and what normalisation made of it. Pieces tile the raw text in order; the
 * normalised text is their outputs joined.
 */
interface Piece {
  rawStart: number
  rawEnd: number
  output: string
  outStart: number
  /** The output is the raw slice unchanged (then every offset inside maps one to one). */
  identity: boolean
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
  const pieces = linePieces(raw)
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
  if (piece.identity) return { offset: piece.outStart + inside, exact: true }
  return { offset: side === 'start' ? piece.outStart : piece.outStart + piece.output.length, exact: false }
}

const WHITE = /^\s$/u
const MARK = /^[\p{M}\u1160-\u11ff]$/u
const LINE_BREAK = /\r\n|\r|\n/g

/**
 * The text as pieces, line by line: a leading byte-order mark removed; in each line, leading spaces
 * and tabs and trailing spaces, tabs and no-break spaces removed (after NFC, as normalizeText does);
 * every line break one `\n` piece. A line NFC leaves alone is one piece (most lines of most texts);
 * a line NFC changes is split into the units NFC works on, so offsets stay exact around them.
 */
function linePieces(raw: string): Piece[] {
  const pieces: Piece[] = []
  let lineStart = 0
  if (raw.startsWith('\uFEFF')) {
    pieces.push({ rawStart: 0, rawEnd: 1, output: '', outStart: 0, identity: false })
    lineStart = 1
  }
  const addLine = (start: number, end: number): void => {
    if (end <= start) return
    const line = raw.slice(start, end)
    if (line.normalize('NFC') === line) {
      const trailing = line.length - trailingSpaceStart(line)
      const leading = leadingSpaceEnd(line, line.length - trailing)
      if (leading > 0) pieces.push({ rawStart: start, rawEnd: start + leading, output: '', outStart: 0, identity: false })
      if (line.length - trailing > leading) {
        pieces.push({ rawStart: start + leading, rawEnd: end - trailing, output: line.slice(leading, line.length - trailing), outStart: 0, identity: true })
      }
      if (trailing > 0) pieces.push({ rawStart: end - trailing, rawEnd: end, output: '', outStart: 0, identity: false })
      return
    }
    const units = nfcUnits(raw, start, end)
    trimLine(units)
    pieces.push(...units)
  }
  LINE_BREAK.lastIndex = lineStart
  for (let match = LINE_BREAK.exec(raw); match; match = LINE_BREAK.exec(raw)) {
    addLine(lineStart, match.index)
    pieces.push({ rawStart: match.index, rawEnd: match.index + match[0].length, output: '\n', outStart: 0, identity: match[0] === '\n' })
    lineStart = match.index + match[0].length
  }
  addLine(lineStart, raw.length)
  return pieces
}

const isTrailingSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0
const isLeadingSpace = (code: number): boolean => code === 0x20 || code === 0x09

/**
 * Where the trailing spaces, tabs and no-break spaces of `line` begin. A scan from the end, not
 * `/[ \t\u00a0]+$/`, which retries from every space of a run and took 19.7 s on 100 kB of spaces.
 */
export function trailingSpaceStart(line: string): number {
  let end = line.length
  while (end > 0 && isTrailingSpace(line.charCodeAt(end - 1))) end -= 1
  return end
}

/** Where the leading spaces and tabs of `line[0, to)` end. */
export function leadingSpaceEnd(line: string, to: number): number {
  let start = 0
  while (start < to && isLeadingSpace(line.charCodeAt(start))) start += 1
  return start
}

/**
 * The units NFC treats independently within `raw[start, end)`: a character with the combining marks
 * (and Hangul vowel/final jamo) that follow it; white space always alone, as it never composes.
 */
function nfcUnits(raw: string, start: number, end: number): Piece[] {
  const units: Piece[] = []
  let offset = start
  let current: Piece | null = null
  let currentIsWhite = false
  for (const char of raw.slice(start, end)) {
    const white = WHITE.test(char)
    if (current && !white && !currentIsWhite && MARK.test(char)) {
      current.output += char
      current.rawEnd += char.length
    } else {
      current = { rawStart: offset, rawEnd: offset + char.length, output: char, outStart: 0, identity: false }
      currentIsWhite = white
      units.push(current)
    }
    offset += char.length
  }
  for (const unit of units) {
    const composed = unit.output.normalize('NFC')
    unit.identity = composed === unit.output
    unit.output = composed
  }
  return units
}

/** One line's units: leading spaces and tabs, trailing spaces, tabs and no-break spaces removed. */
function trimLine(units: Piece[]): void {
  for (let j = units.length - 1; j >= 0; j -= 1) {
    const unit = units[j]
    if (!unit || !/^[ \t\u00a0]+$/.test(unit.output)) break
    unit.output = ''
    unit.identity = false
  }
  for (const unit of units) {
    if (unit.output === '') break
    if (!/^[ \t]+$/.test(unit.output)) break
    unit.output = ''
    unit.identity = false
  }
}

/** Newlines before the first and after the last visible character removed. */
function trimEnds(pieces: Piece[]): void {
  for (const piece of pieces) {
    if (piece.output === '') continue
    if (piece.output !== '\n') break
    piece.output = ''
    piece.identity = false
  }
  for (let i = pieces.length - 1; i >= 0; i -= 1) {
    const piece = pieces[i]
    if (!piece || piece.output === '') continue
    if (piece.output !== '\n') break
    piece.output = ''
    piece.identity = false
  }
}

/** One paragraph per line when the text has no blank line; otherwise runs of 3+ newlines become one blank line. */
function paragraphLines(pieces: Piece[]): void {
  const visible = pieces.filter((p) => p.output !== '')
  const hasBlankLine = visible.some((p, i) => p.output === '\n' && visible[i + 1]?.output === '\n')
  if (!hasBlankLine) {
    for (const piece of visible) {
      if (piece.output !== '\n') continue
      piece.output = '\n\n'
      piece.identity = false
    }
    return
  }
  let run = 0
  for (const piece of visible) {
    if (piece.output !== '\n') {
      run = 0
      continue
    }
    run += 1
    if (run > 2) {
      piece.output = ''
      piece.identity = false
    }
  }
}
