import { foldLetters } from '../shared/entities/matching'
/**
 * Finding every occurrence of a mention's text in a document, under the same folding as `matchKey`
 * (case, diacritics, Arabic letter variants, dash and apostrophe styles, runs of spaces), whole words
 * only, with exact UTF-16 offsets into the original text.
 */

export interface Occurrence {
  start: number
  end: number
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u
const SPACE = /\s/u
const SPACE_OR_PUNCTUATION = /[\s\p{P}]/u
const foldCache = new Map<string, string>()

/** One character (a code point) as the matching key sees it. */
function foldCharacter(character: string): string {
  let folded = foldCache.get(character)
  if (folded === undefined) {
    folded = foldLetters(character)
      // Greek final sigma folds like any sigma, whatever its position.
      .replace(/\u03C2/g, '\u03C3')
    if (foldCache.size < 50_000) foldCache.set(character, folded)
  }
  return folded
}

/** The folded text with, for each of its UTF-16 units, the span of the original character it came from. */
export interface FoldedText {
  folded: string
  starts: Int32Array
  ends: Int32Array
}

export function foldText(text: string): FoldedText {
  const parts: string[] = []
  // A character may fold to several (the ligature "ﬁ" to "fi", "㎞" to "km"): the maps grow when needed.
  let starts = new Int32Array(text.length + 8)
  let ends = new Int32Array(text.length + 8)
  const reserve = (more: number): void => {
    if (length + more <= starts.length) return
    const grownStarts = new Int32Array((length + more) * 2)
    const grownEnds = new Int32Array((length + more) * 2)
    grownStarts.set(starts)
    grownEnds.set(ends)
    starts = grownStarts
    ends = grownEnds
  }
  let length = 0
  let inSpace = false
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i)
    if (unit < 128) {
      // ASCII, most of most texts: no regex, no string slicing.
      if (unit === 32 || (unit >= 9 && unit <= 13)) {
        if (inSpace) ends[length - 1] = i + 1
        else {
          parts.push(' ')
          starts[length] = i
          ends[length] = i + 1
          length += 1
          inSpace = true
        }
      } else {
        inSpace = false
        parts.push(unit >= 65 && unit <= 90 ? String.fromCharCode(unit + 32) : unit === 0x60 ? "'" : text.charAt(i))
        starts[length] = i
        ends[length] = i + 1
        length += 1
      }
      i += 1
      continue
    }
    const code = text.codePointAt(i) ?? 0
    const width = code > 0xffff ? 2 : 1
    const character = text.slice(i, i + width)
    if (SPACE.test(character)) {
      if (inSpace) {
        ends[length - 1] = i + width
      } else {
        parts.push(' ')
        starts[length] = i
        ends[length] = i + width
        length += 1
        inSpace = true
      }
    } else {
      inSpace = false
      const folded = foldCharacter(character)
      reserve(folded.length)
      parts.push(folded)
      for (let k = 0; k < folded.length; k += 1) {
        starts[length] = i
        ends[length] = i + width
        length += 1
      }
    }
    i += width
  }
  return { folded: parts.join(''), starts: starts.subarray(0, length), ends: ends.subarray(0, length) }
}

/**
 * The key a mention's text is searched by: folded, trimmed of spaces and punctuation, without a
 * leading English "the". Equal keys mean `matchKey`-equal texts.
 */
export function searchKey(text: string): string {
  const { folded } = foldText(text)
  let start = 0
  let end = folded.length
  while (start < end && SPACE_OR_PUNCTUATION.test(folded.charAt(start))) start += 1
  while (end > start && SPACE_OR_PUNCTUATION.test(folded.charAt(end - 1))) end -= 1
  return folded.slice(start, end).replace(/^the /, '')
}

/** Every whole-word occurrence of `key` (from `searchKey`) in `text`, in reading order, never overlapping. */
export function findOccurrences(text: string, key: string): Occurrence[] {
  if (key.length === 0) return []
  return findFoldedOccurrences(text, foldText(text), key)
}

/** `findOccurrences` over a text folded once (`foldText`), for looking up many keys in one text. */
export function findFoldedOccurrences(text: string, { folded, starts, ends }: FoldedText, key: string): Occurrence[] {
  if (key.length === 0) return []
  const found: Occurrence[] = []
  let from = 0
  for (;;) {
    const at = folded.indexOf(key, from)
    if (at === -1) break
    const last = at + key.length - 1
    const startsCharacter = at === 0 || starts[at] !== starts[at - 1]
    const endsCharacter = last + 1 === folded.length || starts[last + 1] !== starts[last]
    const start = starts[at] ?? 0
    const end = ends[last] ?? 0
    if (startsCharacter && endsCharacter && isWordBoundary(text, start, end)) {
      found.push({ start, end })
      from = at + key.length
    } else {
      from = at + 1
    }
  }
  return found
}

function isWordBoundary(text: string, start: number, end: number): boolean {
  const before = start > 0 ? String.fromCodePoint(codePointBefore(text, start)) : ''
  const after = end < text.length ? String.fromCodePoint(text.codePointAt(end) ?? 0) : ''
  return !(before && WORD_CHARACTER.test(before)) && !(after && WORD_CHARACTER.test(after))
}

function codePointBefore(text: string, offset: number): number {
  const low = text.charCodeAt(offset - 1)
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(offset - 2) ?? low
  }
  return low
}
