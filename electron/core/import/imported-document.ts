import type { ExportedEntity } from '../shared/entities/export-types'
import type { AttributeValues } from '../shared/model/attributes'
import type { DocumentMetadata, DocumentStatus } from '../shared/model/document'
import type { RelationType } from '../shared/model/relation'
import type { DocumentFieldValues } from '../shared/model/document-fields'

/** How the offsets of an imported annotation count: Unicode code points (Python, brat, doccano) or UTF-16 units. */
export type ImportOffsetUnit = 'codepoint' | 'utf16'

/** An annotation as a foreign file states it: offsets into the document's text exactly as read, in the file's unit. */
export interface ImportedAnnotation {
  tag: string
  start: number
  end: number
  /** The id the source gave it, kept when it is a valid Tessera id (so relations can point to it). */
  id?: string
  attributes?: AttributeValues
  note?: string
  author?: string
  /** Who curated it, on a curated layer's annotation (Tessera JSONL). */
  curator?: string
  createdAt?: string
  updatedAt?: string
  entityId?: string | null
}

/** A project entity a file declares (as Tessera's exports list them: `type` is the tag id its mentions carry), matched or created on import. */
export type DeclaredEntity = ExportedEntity

export interface ImportedRelation {
  /** A built-in type, or one the project may define (kept only when it does). */
  type: RelationType | (string & {})
  /** The file's id of the document the `to` end is in, when not this one (a relation across documents). */
  toDocument?: string
  /** Ids of ImportedAnnotation entries: `from` of this document, `to` of this one or of `toDocument`. */
  from: string
  to: string
  /** The relation's own id, author and time when the file carries them (Tessera JSONL, W3C); kept when valid and free. */
  id?: string
  author?: string
  createdAt?: string
}

/** A relation across documents as a file states it: each end by the file's own document and annotation ids. */
export interface FileCrossRelation {
  /** The document the file states it with (its source end), as the report names it (`corpus.jsonl:3`). */
  origin: string
  /** That document's id in the file, when it has one. */
  fromDocument?: string
  /** The file's id of the target's document. */
  toDocument: string
  from: string
  to: string
  type: string
  id?: string
  author?: string
  createdAt?: string
}

/**
 * One document read from a file of any format: `text` as the file holds it (line endings, decomposed
 * accents and all), annotation offsets into that text. The core's import step normalises the text of
 * prose formats and carries every span through exactly, reporting any that no longer fit; the text of
 * an annotation format (`exactText`) is kept as given.
 */
export interface ImportedDocument {
  /** The file it came from (and the entry inside it, e.g. `corpus.jsonl:12`), for reports. */
  origin: string
  metadata: Partial<DocumentMetadata>
  text: string
  offsetUnit: ImportOffsetUnit
  annotations: ImportedAnnotation[]
  relations?: ImportedRelation[]
  status?: DocumentStatus
  /** The id the source gave the document, kept when valid and free. */
  id?: string
  /**
   * The text is the one other tools' offsets point into (brat, doccano, Label Studio, W3C, Tessera JSONL):
   * it is kept exactly, save CRLF line endings, which become LF with every offset mapped and reported.
   */
  exactText?: boolean
  /** Whole-article labels as the file states them, by field id; checked against the definitions by the pipeline. */
  fields?: DocumentFieldValues
}
