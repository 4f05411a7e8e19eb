/**
 * The one text folding every match of what a person typed goes through (find, Tag all, corpus search,
 * the Claims text filter, entity search, alias suggestions, duplicate detection, the Figures view's
 * "what is counted" groups), with a map from the folded text back to exact UTF-16 offsets.
 *
 * Loose (the default): compatibility decomposition (NFKD, so NFKC-equal texts fold alike: ligatures,
 * presentation forms, full-width letters), case folded, combining marks removed (Arabic tashkeel and
 * shadda, Latin accents), tatweel and invisible format characters removed, hamza forms of alef
 * (أ إ آ ٱ) → ا, ة → ه, ى → ي, Persian/Urdu ک → ك and ی → ي, Arabic-Indic and Extended Arabic-Indic
 * digits → 0–9, apostrophe and dash styles → ' and -, runs of white space → one space.
 * Exact: the characters as written; only case is folded unless `caseSensitive`.
 *
 * Text is folded one code point at a time (cached), so folding is linear and each folded unit knows
 * the original character it came from. Per code point NFKD concatenates to the text's NFKD (up to the
 * order of combining marks, which loose folding removes), so equal NFKC forms give equal keys.
 */
export type FoldMode = 'loose' | 'exact'

export interface FoldOptions {
  /** 'loose' unless told otherwise. */
  mode?: FoldMode
  /** Keep case (both modes fold it otherwise). */
  caseSensitive?: boolean
}

export interface FoldedText {
  folded: string
  /** For each UTF-16 unit of `folded`, the offsets in the original text of the character it came from. */
  starts: Int32Array
  ends: Int32Array
  /** The original text, and the options it was folded with. */
  source: string
  loose: boolean
  caseSensitive: boolean
}

export interface FoldedSpan {
  start: number
  end: number
}

/** Removed in loose mode: combining marks (tashkeel, shadda, accents), tatweel, format characters (ZWNJ, RLM, soft hyphen). */
const REMOVED = /[\p{Mn}\p{Me}\u0640\p{Cf}]/gu
const WHITE_SPACE = /^\s$/u
/** Combining marks and tatweel after a match's last letter belong to that letter. */
const ATTACHED = /^[\p{Mn}\p{Me}\u0640]$/u

/** Letters folded to a base form in loose mode (applied before and after decomposition). */
const LETTERS: Record<string, string> = {
  '\u0622': '\u0627', // آ
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0671': '\u0627', // ٱ
  '\u0629': '\u0647', // ة → ه
  '\u0649': '\u064A', // ى → ي
  '\u06CC': '\u064A', // Persian ی → ي
  '\u0626': '\u064A', // ئ → ي
  '\u0624': '\u0648', // ؤ → و
  '\u06A9': '\u0643', // Persian ک → ك
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u0060': "'",
  '\u00B4': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  // Greek final sigma folds like any sigma, whatever its position.
  '\u03C2': '\u03C3'
}

function mapLetters(text: string): string {
  let out = ''
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    if (code >= 0x0660 && code <= 0x0669) out += String.fromCharCode(48 + code - 0x0660)
    else if (code >= 0x06f0 && code <= 0x06f9) out += String.fromCharCode(48 + code - 0x06f0)
    else out += LETTERS[character] ?? character
  }
  return out
}

function foldCase(text: string): string {
  // Upper then lower is full case folding for what matters here: ß → ss, ς/Σ → σ, ﬁ → fi.
  return text.toUpperCase().toLowerCase()
}

function foldLoose(character: string, caseSensitive: boolean): string {
  let folded = mapLetters(character).normalize('NFKD')
  if (!caseSensitive) folded = foldCase(folded).normalize('NFKD')
  return mapLetters(folded.replace(REMOVED, ''))
}

const caches = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>(), new Map<string, string>()]
const CACHE_LIMIT = 50_000

/** One code point as folded under the options. */
export function foldCharacter(character: string, options: FoldOptions = {}): string {
  const loose = options.mode !== 'exact'
  const caseSensitive = options.caseSensitive === true
  const cache = caches[(loose ? 2 : 0) + (caseSensitive ? 1 : 0)] as Map<string, string>
  let folded = cache.get(character)
  if (folded === undefined) {
    folded = loose ? foldLoose(character, caseSensitive) : caseSensitive ? character : foldCase(character)
    if (cache.size < CACHE_LIMIT) cache.set(character, folded)
  }
  return folded
}

const utf16 = new TextDecoder('utf-16le')

interface Buffers {
  units: Uint16Array
  starts: Int32Array
  ends: Int32Array
}

function buffers(size: number, from?: Buffers): Buffers {
  const grown = { units: new Uint16Array(size), starts: new Int32Array(size), ends: new Int32Array(size) }
  if (from) {
    grown.units.set(from.units)
    grown.starts.set(from.starts)
    grown.ends.set(from.ends)
  }
  return grown
}

/** `text` folded, with the map from each folded unit back to the original character it came from. */
export function foldText(text: string, options: FoldOptions = {}): FoldedText {
  const loose = options.mode !== 'exact'
  const caseSensitive = options.caseSensitive === true
  const characterOptions: FoldOptions = { mode: loose ? 'loose' : 'exact', caseSensitive }
  // A character may fold to several (the ligature "ﬁ" to "fi", "㎞" to "km"): the buffers grow when needed.
  let { units, starts, ends } = buffers(text.length + 8)
  let length = 0
  let inSpace = false
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i)
    if (length + 8 > units.length) ({ units, starts, ends } = buffers(units.length * 2 + 8, { units, starts, ends }))
    if (unit < 128) {
      // ASCII, most of most texts: no string made, no cache lookup.
      if (loose && (unit === 32 || (unit >= 9 && unit <= 13))) {
        if (inSpace) ends[length - 1] = i + 1
        else {
          units[length] = 32
          starts[length] = i
          ends[length] = i + 1
          length += 1
          inSpace = true
        }
      } else {
        inSpace = false
        units[length] = !caseSensitive && unit >= 65 && unit <= 90 ? unit + 32 : loose && unit === 0x60 ? 0x27 : unit
        starts[length] = i
        ends[length] = i + 1
        length += 1
      }
      i += 1
      continue
    }
    const width = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1
    const character = width === 1 ? text.charAt(i) : text.slice(i, i + 2)
    if (loose && WHITE_SPACE.test(character)) {
      if (inSpace) ends[length - 1] = i + width
      else {
        units[length] = 32
        starts[length] = i
        ends[length] = i + width
        length += 1
        inSpace = true
      }
    } else {
      const folded = foldCharacter(character, characterOptions)
      if (folded.length > 0) inSpace = false
      if (length + folded.length > units.length) ({ units, starts, ends } = buffers((length + folded.length) * 2, { units, starts, ends }))
      for (let k = 0; k < folded.length; k += 1) {
        units[length] = folded.charCodeAt(k)
        starts[length] = i
        ends[length] = i + width
        length += 1
      }
    }
    i += width
  }
  return {
    folded: utf16.decode(units.subarray(0, length)),
    starts: starts.subarray(0, length),
    ends: ends.subarray(0, length),
    source: text,
    loose,
    caseSensitive
  }
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff
}

/** The folded form alone (a key to compare or group by). */
export function foldKey(text: string, options: FoldOptions = {}): string {
  return foldText(text, options).folded
}

/**
 * The original span of `folded[at, at + length)`, or null when that cuts a character that folded to
 * several units (only "f" of "ﬁ"). Characters removed by folding (a mark, tatweel) inside the span
 * belong to it, and so do marks and tatweel right after its last letter.
 */
export function originalSpan(folded: FoldedText, at: number, length: number): FoldedSpan | null {
  if (length <= 0 || at < 0 || at + length > folded.folded.length) return null
  const last = at + length - 1
  const { starts, ends, source } = folded
  if (at > 0 && starts[at] === starts[at - 1]) return null
  if (last + 1 < starts.length && starts[last + 1] === starts[last]) return null
  const start = starts[at] ?? 0
  let end = ends[last] ?? 0
  if (folded.loose) {
    while (end < source.length) {
      const code = source.codePointAt(end) ?? 0
      const character = String.fromCodePoint(code)
      if (!ATTACHED.test(character)) break
      end += character.length
    }
  }
  return { start, end }
}

/** Every occurrence of `query` (folded the same way) in `text`, left to right, never overlapping, mapped back. */
export function findFolded(text: FoldedText, query: string, accept: (span: FoldedSpan) => boolean = () => true): FoldedSpan[] {
  const needle = foldKey(query.normalize('NFC'), { mode: text.loose ? 'loose' : 'exact', caseSensitive: text.caseSensitive })
  return findFoldedKey(text, needle, accept)
}

/** Like `findFolded`, for a needle already folded. */
export function findFoldedKey(text: FoldedText, needle: string, accept: (span: FoldedSpan) => boolean = () => true): FoldedSpan[] {
  const found: FoldedSpan[] = []
  if (needle.length === 0) return found
  for (let from = 0; ; ) {
    const at = text.folded.indexOf(needle, from)
    if (at === -1) break
    const span = originalSpan(text, at, needle.length)
    if (span && accept(span)) {
      found.push(span)
      from = at + needle.length
    } else {
      from = at + 1
    }
  }
  return found
}
