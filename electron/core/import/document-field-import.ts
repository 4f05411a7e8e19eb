import { said, type Said, type SaidValue } from '../shared/i18n/said'
import type { DocumentRecord } from '../shared/model/document'
import {
  documentFieldValueProblem,
  MAX_DOCUMENT_FIELDS,
  type DocumentFieldDefinition
} from '../shared/model/document-fields'

/**
 * Whole-article labels of imported documents, checked against the project's definitions and those the
 * file declares (a Tessera JSONL or W3C export): a field the project has keeps the project's definition;
 * one it lacks is added when a document uses it (unless new tags and fields were not to be added). A
 * value no definition allows is left out and reported. Changes `records` in place; returns the
 * definitions to add, in the file's order.
 */
export function resolveImportedFields(
  records: DocumentRecord[],
  project: readonly DocumentFieldDefinition[],
  declared: readonly DocumentFieldDefinition[],
  addNew: boolean,
  warn: (message: Said) => void
): DocumentFieldDefinition[] {
  const known = new Map(project.map((d) => [d.id, d]))
  const room = MAX_DOCUMENT_FIELDS - project.length
  const offered = addNew ? declared.filter((d, i) => !known.has(d.id) && declared.findIndex((o) => o.id === d.id) === i).slice(0, Math.max(0, room)) : []
  for (const d of offered) known.set(d.id, d)
  const used = new Set<string>()
  for (const record of records) {
    if (!record.fields) continue
    const kept: NonNullable<DocumentRecord['fields']> = {}
    for (const [id, value] of Object.entries(record.fields)) {
      const definition = known.get(id)
      const problem: SaidValue | null = definition ? documentFieldValueProblem(definition, value) : said('readers.fields.noField', { field: id })
      if (definition && problem === null) {
        kept[id] = value
        used.add(id)
      } else warn(said('readers.fields.leftOut', { file: record.importedFrom, field: JSON.stringify(id), problem: problem ?? said('readers.fields.doesNotFit') }))
    }
    if (Object.keys(kept).length > 0) record.fields = kept
    else delete record.fields
  }
  return offered.filter((d) => used.has(d.id))
}
