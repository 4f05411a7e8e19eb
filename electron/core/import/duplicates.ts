import { createHash } from 'node:crypto'

/** What duplicate detection keeps of a document: a hash of its text, of its body without the headline, and its word 5-gram shingles. */
export interface Fingerprint {
  id: string
  title: string
  textHash: string
  bodyHash: string | null
  shingles: Set<number>
}

export type DuplicateVerdict =
  | { kind: 'duplicate'; of: Fingerprint }
  | { kind: 'near-duplicate'; of: Fingerprint; similarity: number; reason: string }
  | null

const SHINGLE_WORDS = 5
/** Two texts sharing at least this share of their word 5-grams (Jaccard) are the same article with small edits. */
export const NEAR_DUPLICATE_SIMILARITY = 0.9

export function fingerprint(id: string, title: string, text: string): Fingerprint {
  const firstBreak = text.indexOf('\n\n')
  const body = firstBreak === -1 ? '' : text.slice(firstBreak + 2)
  return { id, title, textHash: hash(text), bodyHash: body.length >= 200 ? hash(body) : null, shingles: shingles(text) }
}

/** Equal normalised text → duplicate; the same body under another headline, or ≥ 90% shared 5-grams → near-duplicate. */
export function compare(candidate: Fingerprint, existing: Iterable<Fingerprint>): DuplicateVerdict {
  let best: DuplicateVerdict = null
  for (const other of existing) {
    if (other.textHash === candidate.textHash) return { kind: 'duplicate', of: other }
    if (best) continue
    if (candidate.bodyHash && candidate.bodyHash === other.bodyHash) {
      best = { kind: 'near-duplicate', of: other, similarity: 1, reason: 'the same body under a different headline' }
      continue
    }
    const similarity = jaccard(candidate.shingles, other.shingles)
    if (similarity >= NEAR_DUPLICATE_SIMILARITY) {
      best = { kind: 'near-duplicate', of: other, similarity, reason: `${Math.round(similarity * 100)}% of word 5-grams shared` }
    }
  }
  return best
}

function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const set = new Set<number>()
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) set.add(hash32(words.slice(i, i + SHINGLE_WORDS).join(' ')))
  if (words.length > 0 && words.length < SHINGLE_WORDS) set.add(hash32(words.join(' ')))
  return set
}

function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size / large.size < NEAR_DUPLICATE_SIMILARITY) return 0
  let shared = 0
  for (const value of small) if (large.has(value)) shared += 1
  return shared / (a.size + b.size - shared)
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** FNV-1a, 32 bits: shingles only need to be told apart, not kept secret. */
function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
