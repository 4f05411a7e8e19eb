import type { EntityDirectory } from '../entities/export-types'
import type { Said } from '../i18n/said'
import type { DocumentRecord } from '../model/document'
import type { TagDefinition } from '../model/project'
import type { CrossRelation } from '../model/cross-relation'
import type { RelationTypeDefinition } from '../model/relation-types'
import type { DocumentFieldDefinition } from '../model/document-fields'
import type { ExportFormat, ExportOptions } from './options'

/** One file of an export, its content produced piece by piece so that nothing holds the whole file. */
export interface ExportEntry {
  /** A path inside the export (`annotations.csv`, `docs/hama.ann`), always with `/` separators. */
  name: string
  content: AsyncIterable<string>
}

/** What an export did, filled in while it streams; final once every entry has been consumed. */
export interface ExportReport {
  documentCount: number
  annotationCount: number
  /** Spans the format could not hold (CoNLL and spaCy `ents` on overlaps), never dropped silently. */
  spansLeftOut: number
  /** One line per thing the user should know, e.g. which tags lost to which on overlaps. */
  notes: Said[]
}

/** What a format is given: the selected documents (read one at a time, as often as it needs) and the schema. */
export interface ExportContext {
  projectName: string
  /** The tags the export covers, in the project's order, with their attribute definitions. */
  tags: readonly TagDefinition[]
  /** The project's whole-article label definitions (absent or empty when it has none). */
  documentFields?: readonly DocumentFieldDefinition[]
  options: ExportOptions
  /** The selected documents, annotations filtered by tag and annotator; each call reads them afresh. */
  documents(): AsyncIterable<DocumentRecord>
  /** The project's entities (read once per export, on first call): names for linked annotations, the list for headers. */
  entities(): Promise<EntityDirectory>
  /** The relation types the project defines (beside attributed-to and stated-in), for headers and annotation.conf. */
  relationTypes?: readonly RelationTypeDefinition[]
  /** The relations across documents starting in `document` (as the export selected it) whose other end the export holds too. */
  crossRelationsFrom?(document: DocumentRecord): Promise<CrossRelation[]>
  report: ExportReport
}

export interface FormatExporter {
  format: ExportFormat
  /** True when the export is several files (a ZIP in the app, a folder or ZIP from the CLI). */
  multiFile: boolean
  /** The file extension of a single-file export. */
  extension: string
  mimeType: string
  /** How many times the format reads the documents, so progress can be reported against the total. */
  passes: number
  entries(context: ExportContext): AsyncIterable<ExportEntry>
}
