import type { DocumentExtract } from '../extract'

/** Documents read at once: enough to keep the disk busy, few enough to hold little. */
const READERS = 8

/**
 * Each document's extract, in the order of `ids`, a few read at once; undefined for a document that
 * could not be read, whose reason (in words) goes to `onProblem`.
 */
export async function readExtracts(
  ids: readonly string[],
  load: (id: string) => Promise<DocumentExtract>,
  onProblem: (id: string, reason: string) => void
): Promise<(DocumentExtract | undefined)[]> {
  const extracts: (DocumentExtract | undefined)[] = new Array(ids.length)
  let next = 0
  const readNext = async (): Promise<void> => {
    for (let i = next++; i < ids.length; i = next++) {
      const id = ids[i] as string
      try {
        extracts[i] = await load(id)
      } catch (error) {
        onProblem(id, error instanceof Error ? error.message : String(error))
      }
    }
  }
  await Promise.all(Array.from({ length: READERS }, readNext))
  return extracts
}
