import type { DocumentRecord } from '../../shared/model/document'
import type { DocumentFieldDefinition } from '../../shared/model/document-fields'
import { exportedFields } from './document-field-export'

/**
 * Whole-article labels in brat. brat attributes and notes attach only to an annotation, so each document
 * with a label gets one document-level entity, `Document`, over its first line (the headline): choice
 * fields are its `A` lines (`doc_stance T9 critical`), each value of a multi-choice field a flag
 * (`doc_framing_liberation T9`), text and number fields `#` lines (`TesseraField T9\tnotes="…"`, JSON,
 * so on one line). `Document` is declared in annotation.conf with those attributes, so brat's checks
 * pass; Tessera's brat reader skips it when the export's sidecar is there (it holds the exact values).
 */
export const BRAT_DOCUMENT_TYPE = 'Document'

/** brat names are single tokens without `|` or `,`: anything else becomes `_`. */
function bratName(text: string): string {
  return text.replace(/[\s|,:=#]/g, '_')
}

export function bratFieldAttributeName(definition: DocumentFieldDefinition, value?: string): string {
  return value === undefined ? `doc_${definition.id}` : `doc_${definition.id}_${bratName(value)}`
}

/** The lines annotation.conf needs: the entity type, and an attribute per choice field and per multi-choice value. */
export function bratFieldConf(definitions: readonly DocumentFieldDefinition[]): { entities: string[]; attributes: string[] } {
  if (definitions.length === 0) return { entities: [], attributes: [] }
  const attributes = definitions.flatMap((d) => {
    if (d.type === 'choice') return [`${bratFieldAttributeName(d)}\tArg:${BRAT_DOCUMENT_TYPE}, Value:${d.values.map(bratName).join('|')}`]
    if (d.type === 'multi-choice') return d.values.map((v) => `${bratFieldAttributeName(d, v)}\tArg:${BRAT_DOCUMENT_TYPE}`)
    return []
  })
  return { entities: [BRAT_DOCUMENT_TYPE], attributes }
}

/** The first line holding text, as [start, end) in UTF-16 units, or null for a text of blank lines. */
function firstLine(text: string): [number, number] | null {
  const match = /[^\s][^\n\r]*/.exec(text)
  if (!match) return null
  return [match.index, match.index + match[0].trimEnd().length]
}

export interface BratFieldLines {
  t: string[]
  a: string[]
  /** `#` lines (brat's AnnotatorNotes kind): lines of the file, not messages. */
  comments: string[]
}

/**
 * The `.ann` lines for a document's labels, numbered after the lines already written (`next` gives the
 * next T, A and # numbers). Empty when the document has no label.
 */
export function bratFieldLines(
  document: DocumentRecord,
  definitions: readonly DocumentFieldDefinition[],
  convert: (offset: number) => number,
  next: { t: number; a: number; note: number }
): BratFieldLines {
  const lines: BratFieldLines = { t: [], a: [], comments: [] }
  const values = exportedFields(document, definitions)
  const span = firstLine(document.text)
  if (Object.keys(values).length === 0 || !span) return lines
  const id = `T${next.t}`
  lines.t.push(`${id}\t${BRAT_DOCUMENT_TYPE} ${convert(span[0])} ${convert(span[1])}\t${document.text.slice(span[0], span[1])}`)
  let a = next.a
  let note = next.note
  for (const d of definitions) {
    const value = values[d.id]
    if (value === undefined) continue
    if (d.type === 'choice' && typeof value === 'string') lines.a.push(`A${a++}\t${bratFieldAttributeName(d)} ${id} ${bratName(value)}`)
    else if (d.type === 'multi-choice' && Array.isArray(value)) for (const v of value) lines.a.push(`A${a++}\t${bratFieldAttributeName(d, v)} ${id}`)
    else lines.comments.push(`#${note++}\tTesseraField ${id}\t${d.id}=${JSON.stringify(value)}`)
  }
  return lines
}
