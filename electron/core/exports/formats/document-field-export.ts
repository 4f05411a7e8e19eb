import type { DocumentRecord } from '../../shared/model/document'
import {
  fieldValueText,
  keptFieldValues,
  type DocumentFieldDefinition,
  type DocumentFieldValues
} from '../../shared/model/document-fields'

/**
 * Whole-article labels in each export format. Only fields the project defines (and the export covers)
 * are written, each value as its definition allows; a document without a value has no entry (JSONL,
 * W3C, brat, spaCy) or an empty cell (CSV).
 */

/** The values a document holds for `definitions`, in definition order. */
export function exportedFields(document: DocumentRecord, definitions: readonly DocumentFieldDefinition[]): DocumentFieldValues {
  return keptFieldValues(document.fields, definitions)
}

/** CSV: `documents.csv` gains a `field_<id>` column per field; multi-choice joined with `|` (csv-cells quotes as needed). */
export function csvFieldColumns(definitions: readonly DocumentFieldDefinition[]): string[] {
  return definitions.map((d) => `field_${d.id}`)
}

export function csvFieldCells(document: DocumentRecord, definitions: readonly DocumentFieldDefinition[]): (string | number)[] {
  const values = exportedFields(document, definitions)
  return definitions.map((d) => {
    const value = values[d.id]
    return typeof value === 'number' ? value : fieldValueText(value)
  })
}

/**
 * W3C: one `classifying` annotation per field set on a document, targeting the whole source (its IRI,
 * no selector). One `TextualBody` per value (a multi-choice has several); the typed value and field id
 * sit on the annotation as `tessera:value` and `tessera:field`, which Tessera reads back.
 */
export function w3cFieldAnnotations(
  document: DocumentRecord,
  definitions: readonly DocumentFieldDefinition[],
  source: string
): Record<string, unknown>[] {
  const values = exportedFields(document, definitions)
  return definitions.flatMap((d) => {
    const value = values[d.id]
    if (value === undefined) return []
    const parts = Array.isArray(value) ? value : [value]
    return [
      {
        id: `${source}#field-${encodeURIComponent(d.id)}`,
        type: 'Annotation',
        motivation: 'classifying',
        'tessera:field': d.id,
        'tessera:value': value,
        body: parts.map((part) => ({ type: 'TextualBody', purpose: 'classifying', value: `${d.label}: ${String(part)}` })),
        target: source
      }
    ]
  })
}

/**
 * spaCy `cats`: every choice and multi-choice field set on the document, one-hot over the field's values
 * (`stance=critical: 1`, the other values 0). A field not set is left out, so "not labelled" never
 * reads as "none of them"; text and number fields are in `meta.fields`.
 */
export function spacyCats(document: DocumentRecord, definitions: readonly DocumentFieldDefinition[]): Record<string, number> {
  const values = exportedFields(document, definitions)
  const cats: Record<string, number> = {}
  for (const d of definitions) {
    const value = values[d.id]
    if (value === undefined || (d.type !== 'choice' && d.type !== 'multi-choice')) continue
    const chosen = Array.isArray(value) ? value : [value]
    for (const option of d.values) cats[`${d.id}=${option}`] = chosen.includes(option) ? 1 : 0
  }
  return cats
}
