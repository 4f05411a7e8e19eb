import type { TextEncoding } from './decode'
import type { Said } from '../shared/i18n/said'
import type { DocumentFieldDefinition } from '../shared/model/document-fields'
import type { TagDefinition } from '../shared/model/project'
import type { DeclaredEntity, ImportedDocument } from './imported-document'

/** What a reader is told about the import it is part of. */
export interface ImportReadOptions {
  /** The user's choice of encoding for text formats; undefined means detect. */
  encoding?: TextEncoding
  /** Import the valid entries of a file that also holds invalid ones (JSON lines), reporting the others; otherwise the file fails. */
  skipInvalid: boolean
  /** Something the user should know that does not stop the file (a skipped line, a span moved): shown in the report. */
  warn(message: Said): void
  /** Readers that decode text say which encoding they used, for the report. */
  usedEncoding(encoding: TextEncoding): void
  /** Another file of the same import by its path relative to this one (brat's `.txt` beside an `.ann`), if the user chose it too. */
  companion(relativePath: string): Uint8Array | undefined
  /** The tag schema (with attributes) and entities a file states, used for tags and entities the project lacks. */
  declare(schema: { tags: TagDefinition[]; entities: DeclaredEntity[]; documentFields?: DocumentFieldDefinition[] }): void
  /** The field that holds the text of a doccano line or a Label Studio task's data, as the user named it (`--text-field`). */
  textField?: string
  /** The largest document (line) a line-based reader takes; MAX_IMPORT_FILE_BYTES when not given. */
  maxDocumentBytes?: number
  /** Line-based readers call it after each line: the time budget then counts from the last line, so a long file is not taken for a stuck one. */
  progress?(): void
}

/**
 * One foreign format. `canRead` decides from the name and the bytes (content first where the format
 * has a signature); `read` returns every document the file holds, offsets in the file's own unit, or
 * throws an ApiError (see importError) naming the file and the problem.
 */
export interface ImportReader {
  /** A short id (`html`, `doccano`), shown in reports. */
  readonly format: string
  canRead(name: string, bytes: Uint8Array): boolean
  /** True when the reader reads the file line by line: the file may then be up to ImportLimits.lineFileBytes, each line up to fileBytes. */
  readonly lineBased?: boolean
  /** True when an empty file is a valid one (brat's `.ann` of a document without annotations). */
  readonly emptyIsValid?: boolean
  read(name: string, bytes: Uint8Array, options: ImportReadOptions): Promise<ImportedDocument[]>
  /**
   * Files this reader reads together with `name`, named the same way (with the same folder): brat's
   * `dir/x.ann` → `['dir/x.txt', 'dir/tessera.json', 'dir/annotation.conf']`. When they are part of the same call they are not imported on their own;
   * the UI and CLI send files sharing a name before the extension in one call (see batches.ts).
   */
  companions?(name: string): string[]
}

export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

/** The first bytes of a file as text, for sniffing (never the whole of a 50 MB file). */
export function headText(bytes: Uint8Array, length = 2048): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, length)).replace(/^\uFEFF/, '')
}
