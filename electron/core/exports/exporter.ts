import type { OffsetUnit } from '../contract'
import type { DocumentRecord } from '../model/document'
import { createCodePointCounter } from '../text/code-points'

export interface ExportOptions {
  offsetUnit: OffsetUnit
  /**
   * CSV only: prefix a single quote to text cells a spreadsheet would run as a formula (those starting
   * with = + - @, a tab or a carriage return), as OWASP advises. On unless the user asks for raw cells.
   */
  neutraliseFormulas?: boolean
}

/** One export format: a pure function from documents to the file's text. */
export interface Exporter {
  extension: string
  mimeType: string
  render(documents: readonly DocumentRecord[], options: ExportOptions): string
}

export interface ExportedSpan {
  id: string
  tag: string
  start: number
  end: number
  text: string
  author: string
  note: string
  createdAt: string
  updatedAt: string
}

/** A document's annotations in reading order, offsets converted to the export's unit. */
export function spansOf(document: DocumentRecord, unit: OffsetUnit): ExportedSpan[] {
  const convert = unit === 'codepoint' ? createCodePointCounter(document.text) : (offset: number) => offset
  return [...document.annotations]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((a) => ({
      id: a.id,
      tag: a.tag,
      start: convert(a.start),
      end: convert(a.end),
      text: document.text.slice(a.start, a.end),
      author: a.author,
      note: a.note,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt
    }))
}
