/**
 * The largest file import reads: 50 MB (50 × 1024 × 1024 bytes). Larger files are refused before they
 * are parsed, naming the limit, so a huge file can never freeze the app. Stated in the README. The one
 * source for every shell (the CLI reads files with IMPORT_LIMITS); kept free of Node imports so the renderer can show it.
 */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024

/**
 * The largest line-based file (Tessera JSONL, doccano JSONL) import reads: 256 MB. Such a file is read
 * line by line, never decoded whole, and MAX_IMPORT_FILE_BYTES bounds each line (one document) instead
 * of the file, so a project's own export of ten thousand articles (113 MB) comes back in. The cap is
 * what memory allows: the file's documents are committed together (all or nothing), and importing
 * that 113 MB export peaked at 1.3 GB resident, so 256 MB stays well inside Node's default heap.
 */
export const MAX_LINE_FILE_BYTES = 256 * 1024 * 1024

/** The limits one import applies; tests pass smaller ones (importFiles' last parameter). */
export interface ImportLimits {
  /** A file of a whole-file format (PDF, DOCX, HTML, JSON…), and one document (line) of a line-based file. */
  fileBytes: number
  /** A line-based file as a whole. */
  lineFileBytes: number
}

export const IMPORT_LIMITS: ImportLimits = { fileBytes: MAX_IMPORT_FILE_BYTES, lineFileBytes: MAX_LINE_FILE_BYTES }

export function describeBytes(bytes: number): string {
  const megabytes = bytes / 1024 / 1024
  return megabytes >= 1 ? `${megabytes.toFixed(megabytes >= 10 ? 0 : 1)} MB` : `${bytes} bytes`
}
