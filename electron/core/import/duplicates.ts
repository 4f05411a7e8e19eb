import { createHash } from 'node:crypto'
import { said, type Said } from '../shared/i18n/said'
import { foldKey } from '../shared/text/fold'
import { lshBands } from './minhash'

/**
 * What duplicate detection keeps of a document: a hash of its text, of its body without the headline, and
 * its word 5-gram shingles (hashes, sorted, each once). A typed array rather than a Set: it crosses from
 * the import worker to the main thread as one block of memory (a Set of a million numbers took seconds
 * to copy, on the main thread) and takes a quarter of the memory in the cache of a large project.
 */
export interface Fingerprint {
  id: string
  title: string
  textHash: string
  bodyHash: string | null
  shingles: Uint32Array
  /** The shingles' LSH band keys (minhash.ts), none when there are no shingles: how the index finds candidates. */
  bands: Float64Array
}

export type DuplicateVerdict =
  | { kind: 'duplicate'; of: Fingerprint }
  | { kind: 'near-duplicate'; of: Fingerprint; similarity: number; reason: Said }
  | null

const SHINGLE_WORDS = 5
/** Two texts sharing at least this share of their word 5-grams (Jaccard) are the same article with small edits. */
export const NEAR_DUPLICATE_SIMILARITY = 0.9

export function fingerprint(id: string, title: string, text: string): Fingerprint {
  const firstBreak = text.indexOf('\n\n')
  const body = firstBreak === -1 ? '' : text.slice(firstBreak + 2)
  const words = shingles(text)
  return { id, title, textHash: hash(text), bodyHash: body.length >= 200 ? hash(body) : null, shingles: words, bands: words.length > 0 ? lshBands(words) : new Float64Array(0) }
}

/**
 * Equal normalised text → duplicate; the same body under another headline, or ≥ 90% shared 5-grams →
 * near-duplicate. The definition, by comparing with every one of `existing` in order: the import asks
 * DuplicateIndex, which gives the same verdicts by looking up candidates (tests hold the two together).
 */
export function compare(candidate: Fingerprint, existing: Iterable<Fingerprint>): DuplicateVerdict {
  let best: DuplicateVerdict = null
  for (const other of existing) {
    if (other.textHash === candidate.textHash) return { kind: 'duplicate', of: other }
    best ??= nearDuplicate(candidate, other)
  }
  return best
}

/** The near-duplicate verdict of `candidate` against one other document (never 'duplicate': equal texts are looked up by hash). */
export function nearDuplicate(candidate: Fingerprint, other: Fingerprint): DuplicateVerdict {
  if (candidate.bodyHash && candidate.bodyHash === other.bodyHash) {
    return { kind: 'near-duplicate', of: other, similarity: 1, reason: said('readers.duplicate.sameBody') }
  }
  const similarity = jaccard(candidate.shingles, other.shingles)
  return similarity >= NEAR_DUPLICATE_SIMILARITY ? { kind: 'near-duplicate', of: other, similarity, reason: said('readers.duplicate.sharedShingles', { percent: Math.round(similarity * 100) }) } : null
}

function shingles(text: string): Uint32Array {
  const words = foldKey(text).match(/[\p{L}\p{N}]+/gu) ?? []
  const set = new Set<number>()
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i += 1) set.add(hash32(words.slice(i, i + SHINGLE_WORDS).join(' ')))
  if (words.length > 0 && words.length < SHINGLE_WORDS) set.add(hash32(words.join(' ')))
  return Uint32Array.from(set).sort()
}

/** The share of word 5-grams two documents share (0 when their sizes differ by more than a near-duplicate's may). */
export function shingleSimilarity(a: Fingerprint, b: Fingerprint): number {
  return jaccard(a.shingles, b.shingles)
}

/** Shared shingles over all shingles, by one merge of the two sorted lists. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0
  if (Math.min(a.length, b.length) / Math.max(a.length, b.length) < NEAR_DUPLICATE_SIMILARITY) return 0
  let shared = 0
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const left = a[i] ?? 0
    const right = b[j] ?? 0
    if (left === right) {
      shared += 1
      i += 1
      j += 1
    } else if (left < right) i += 1
    else j += 1
  }
  return shared / (a.length + b.length - shared)
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
