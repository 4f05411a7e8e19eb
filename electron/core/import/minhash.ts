/**
 * MinHash signatures of shingle sets and their LSH band keys, so near-duplicates are found among n
 * documents by looking up 16 keys each instead of comparing with all n. Two sets of Jaccard similarity s
 * agree on each signature value with probability s; they share a band (8 values) with probability s⁸,
 * and become candidates when any of the 16 bands agree: 1 − (1 − s⁸)¹⁶, over 0.9998 at s = 0.9, 0.06 at
 * s = 0.5, 0.001 at s = 0.3. Candidates are then confirmed by the exact Jaccard, so a verdict is never
 * wrong; a pair at 0.9 is missed with probability under 0.0002, and pairs above it far less often.
 */
export const MINHASH_SIZE = 128
export const LSH_BANDS = 16
export const LSH_ROWS = MINHASH_SIZE / LSH_BANDS

/** One seed per signature value; each value is the minimum of a different bijective mix of the shingles. */
const SEEDS = (() => {
  const seeds = new Uint32Array(MINHASH_SIZE)
  let state = 0x9e3779b9
  for (let i = 0; i < MINHASH_SIZE; i += 1) {
    state = (state + 0x6d2b79f5) >>> 0
    seeds[i] = mix32(state)
  }
  return seeds
})()

/** The chance that two sets of Jaccard similarity `similarity` share at least one band. */
export function candidateProbability(similarity: number): number {
  return 1 - (1 - similarity ** LSH_ROWS) ** LSH_BANDS
}

/** The band keys of a shingle set: LSH_BANDS numbers, each a 53-bit hash of LSH_ROWS signature values. */
export function lshBands(shingles: Uint32Array): Float64Array {
  const signature = minhashSignature(shingles)
  const bands = new Float64Array(LSH_BANDS)
  for (let band = 0; band < LSH_BANDS; band += 1) {
    let high = 0x811c9dc5
    let low = 0x01000193
    for (let row = band * LSH_ROWS; row < (band + 1) * LSH_ROWS; row += 1) {
      const value = signature[row] ?? 0
      high = mix32(high ^ value)
      low = mix32((low + value) ^ 0x5bd1e995)
    }
    // A key collision only makes an extra candidate, which the exact Jaccard then turns down.
    bands[band] = high * 2 ** 21 + (low >>> 11)
  }
  return bands
}

export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff)
  for (const shingle of shingles) {
    for (let i = 0; i < MINHASH_SIZE; i += 1) {
      const value = mix32(shingle ^ (SEEDS[i] ?? 0))
      if (value < (signature[i] ?? 0)) signature[i] = value
    }
  }
  return signature
}

/** MurmurHash3's finaliser: a bijection on 32 bits whose every output bit depends on every input bit. */
function mix32(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
