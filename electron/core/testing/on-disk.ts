/** Test support: a document as a fresh start would read it from disk (its JSON plus its journal replayed), synchronously. */
import { existsSync, readFileSync } from 'node:fs'
import type { DocumentRecord } from '../shared/model/document'
import { documentFileSchema } from '../shared/model/files'
import { applyEntries, journalEntrySchema } from '../store/journal-entries'

export function documentOnDisk(jsonPath: string): DocumentRecord {
  const document = documentFileSchema.parse(JSON.parse(readFileSync(jsonPath, 'utf8')))
  const journalPath = `${jsonPath.slice(0, -'.json'.length)}.journal`
  if (!existsSync(journalPath)) return document
  const lines = readFileSync(journalPath, 'utf8').split('\n').slice(1, -1)
  for (const line of lines) {
    const { entries } = JSON.parse(line) as { entries: unknown[] }
    applyEntries(document, entries.map((entry) => journalEntrySchema.parse(entry)))
  }
  return document
}
