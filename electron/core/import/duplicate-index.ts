import { nearDuplicate, type DuplicateVerdict, type Fingerprint } from './duplicates'
import { LSH_BANDS } from './minhash'

/**
 * The fingerprints of a set of documents, indexed so a new document's verdict costs a few lookups, not a
 * comparison with every document: equal texts and equal bodies by hash, near-duplicates among the
 * documents sharing an LSH band with it (minhash.ts), each confirmed by the exact Jaccard. The verdict is
 * `compare`'s over the documents in the order they were added: a duplicate wins, else the first
 * near-duplicate. Documents deleted since they were added are passed over (`isStored`).
 */
export class DuplicateIndex {
  /** Exact comparisons made so far (how the tests see that the work stays linear). */
  comparisons = 0
  private readonly entries: Fingerprint[] = []
  private readonly positionOf = new Map<string, number>()
  private readonly withText = new Map<string, number[]>()
  private readonly withBody = new Map<string, number[]>()
  private readonly buckets: Map<number, number[]>[] = Array.from({ length: LSH_BANDS }, () => new Map())

  get size(): number {
    return this.entries.length
  }

  has(id: string): boolean {
    return this.positionOf.has(id)
  }

  /** The fingerprint added for document `id`, if any. */
  get(id: string): Fingerprint | undefined {
    const position = this.positionOf.get(id)
    return position === undefined ? undefined : this.entries[position]
  }

  ids(): IterableIterator<string> {
    return this.positionOf.keys()
  }

  /** The fingerprints in the order they were added. */
  fingerprints(): readonly Fingerprint[] {
    return this.entries
  }

  /** Adds a document after those already added; a document already there keeps its place. */
  add(print: Fingerprint): void {
    if (this.positionOf.has(print.id)) return
    const position = this.entries.length
    this.entries.push(print)
    this.positionOf.set(print.id, position)
    append(this.withText, print.textHash, position)
    if (print.bodyHash) append(this.withBody, print.bodyHash, position)
    print.bands.forEach((key, band) => {
      const bucket = this.buckets[band]?.get(key)
      if (bucket) bucket.push(position)
      else this.buckets[band]?.set(key, [position])
    })
  }

  verdict(candidate: Fingerprint, isStored: (id: string) => boolean = () => true): DuplicateVerdict {
    const same = this.withText.get(candidate.textHash)?.find((position) => isStored(this.at(position).id))
    if (same !== undefined) return { kind: 'duplicate', of: this.at(same) }
    const positions = new Set<number>()
    const sameBody = candidate.bodyHash ? this.withBody.get(candidate.bodyHash)?.find((position) => isStored(this.at(position).id)) : undefined
    if (sameBody !== undefined) positions.add(sameBody)
    candidate.bands.forEach((key, band) => this.buckets[band]?.get(key)?.forEach((position) => positions.add(position)))
    for (const position of [...positions].sort((a, b) => a - b)) {
      const other = this.at(position)
      if (!isStored(other.id)) continue
      this.comparisons += 1
      const verdict = nearDuplicate(candidate, other)
      if (verdict) return verdict
    }
    return null
  }

  private at(position: number): Fingerprint {
    const print = this.entries[position]
    if (!print) throw new Error(`No fingerprint at ${position}.`)
    return print
  }
}

function append(lists: Map<string, number[]>, key: string, position: number): void {
  const list = lists.get(key)
  if (list) list.push(position)
  else lists.set(key, [position])
}
