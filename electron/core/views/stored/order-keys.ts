/**
 * Sort keys SQLite can order by its byte order (its only collation in this build: node-sqlite3-wasm
 * registers none from JavaScript) that give exactly the memory views' orders: `codeUnitKey` for the
 * orders compared by UTF-16 code unit, `DocumentOrder` for those compared with the locale's collator.
 */

/**
 * `text` rewritten so that SQLite's byte order (UTF-8, so code point order) is JavaScript's code unit
 * order: units from U+D800 up (surrogates and U+E000–U+FFFF, which code point order puts the wrong way
 * round) become the code points U+10000–U+127FF, in the same order. Others are kept, so a folded key
 * stays readable, and a substring of the text stays a substring of its key.
 */
export function codeUnitKey(text: string): string {
  let out = ''
  let kept = 0
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i)
    if (unit < 0xd800) continue
    out += text.slice(kept, i) + String.fromCodePoint(0x10000 + unit - 0xd800)
    kept = i + 1
  }
  return kept === 0 ? text : out + text.slice(kept)
}

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/**
 * A key strictly between `low` and `high` in byte order ("" is below every key, null above every key).
 * Keys never end with the lowest digit, so there is always room below one: inserting between two keys
 * never rewrites either (fractional indexing).
 */
export function keyBetween(low: string, high: string | null): string {
  return high === null ? after(low) : between(low, high)
}

/**
 * After the last key, one digit up: documents added in order (the newest articles) grow a key by one
 * digit every sixty or so, where halving the room left would grow it every six.
 */
function after(low: string): string {
  const lowDigit = low ? DIGITS.indexOf(low[0] as string) : 0
  return lowDigit < DIGITS.length - 1 ? (DIGITS[lowDigit + 1] as string) : (DIGITS[lowDigit] as string) + after(low.slice(1))
}

/** Halfway between (`high` null: halfway to the top), so keys added at random places stay short. */
function between(low: string, high: string | null): string {
  if (high !== null) {
    let common = 0
    while (common < high.length && (low[common] ?? DIGITS[0]) === high[common]) common += 1
    if (common > 0) return high.slice(0, common) + between(low.slice(common), high.slice(common))
  }
  const lowDigit = low ? DIGITS.indexOf(low[0] as string) : 0
  const highDigit = high === null ? DIGITS.length : DIGITS.indexOf(high[0] as string)
  if (highDigit - lowDigit > 1) return DIGITS[(lowDigit + highDigit) >> 1] as string
  // Adjacent digits: high's first digit alone when high goes on, else low's first digit and room after it.
  if (high !== null && high.length > 1) return high[0] as string
  return (DIGITS[lowDigit] as string) + between(low.slice(1), null)
}

/** What a document is ordered by in the views: its id, date ("" when undated) and outlet. */
export interface OrderedDocument {
  id: string
  date: string
  outlet: string
}

/**
 * The documents in one view order, each with a key whose byte order is that order, so SQLite pages by
 * the key instead of by the compared texts. A new document gets a key between its neighbours' and no
 * other key changes, so rows are never rewritten for another document's sake.
 */
export class DocumentOrder {
  private readonly entries: (OrderedDocument & { key: string })[] = []
  private readonly keys = new Map<string, string>()

  constructor(private readonly compare: (a: OrderedDocument, b: OrderedDocument) => number) {}

  /** Takes in keys already stored (read back from the file), in any order. */
  load(documents: Iterable<OrderedDocument & { key: string }>): void {
    for (const document of documents) {
      this.entries.push({ ...document })
      this.keys.set(document.id, document.key)
    }
    this.entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  }

  /** The key of a document added (or added again after `remove`). */
  add(document: OrderedDocument): string {
    let low = 0
    let high = this.entries.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.compare(this.entries[middle] as OrderedDocument, document) <= 0) low = middle + 1
      else high = middle
    }
    const key = keyBetween(this.entries[low - 1]?.key ?? '', this.entries[low]?.key ?? null)
    this.entries.splice(low, 0, { ...document, key })
    this.keys.set(document.id, key)
    return key
  }

  /** Gives every document a new key, evenly spaced and all of one short length; returns them by id. */
  rekey(): Map<string, string> {
    let width = 1
    while (DIGITS.length ** width <= this.entries.length * 4) width += 1
    // Over the lower half of the keys: the upper half is left to documents added after the last.
    const room = DIGITS.length ** width / 2
    this.entries.forEach((entry, i) => {
      let value = Math.floor(((i + 1) * room) / (this.entries.length + 1))
      let key = ''
      for (let digit = 0; digit < width; digit += 1) {
        key = (DIGITS[value % DIGITS.length] as string) + key
        value = Math.floor(value / DIGITS.length)
      }
      // Without trailing lowest digits (a key never ends with one); the order is kept.
      let end = key.length
      while (end > 1 && key[end - 1] === DIGITS[0]) end -= 1
      entry.key = key.slice(0, end)
      this.keys.set(entry.id, entry.key)
    })
    return new Map(this.keys)
  }

  remove(id: string): void {
    const key = this.keys.get(id)
    if (key === undefined) return
    this.keys.delete(id)
    let low = 0
    let high = this.entries.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.entries[middle]?.key ?? '') < key) low = middle + 1
      else high = middle
    }
    this.entries.splice(low, 1)
  }
}

const collator = new Intl.Collator()
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const foldOutlet = (outlet: string): string => outlet.toLocaleLowerCase('und')

/** The Mentions view's order of documents: date, outlet, id, each by the locale's collator (`localeCompare`). */
export function mentionOrder(): DocumentOrder {
  return new DocumentOrder((a, b) => collator.compare(a.date, b.date) || collator.compare(a.outlet, b.outlet) || collator.compare(a.id, b.id))
}

/** The Claims view's ties: date, folded outlet, id, by code unit (as `ClaimOrder`). */
export function claimDateOrder(): DocumentOrder {
  return new DocumentOrder((a, b) => byCodeUnit(a.date, b.date) || byCodeUnit(foldOutlet(a.outlet), foldOutlet(b.outlet)) || byCodeUnit(a.id, b.id))
}

/** The Claims view by outlet: folded outlet, then its ties (date, folded outlet, id). */
export function claimOutletOrder(): DocumentOrder {
  return new DocumentOrder((a, b) => byCodeUnit(foldOutlet(a.outlet), foldOutlet(b.outlet)) || byCodeUnit(a.date, b.date) || byCodeUnit(a.id, b.id))
}
