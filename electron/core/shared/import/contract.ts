import { z } from 'zod'
import { MAX_IMPORT_FILE_BYTES } from './limits'
import { TEXT_ENCODINGS } from './encodings'

export const importOptionsSchema = z.strictObject({
  encoding: z.enum(TEXT_ENCODINGS).optional(),
  allowDuplicates: z.boolean().default(false),
  skipInvalid: z.boolean().default(false),
  addNewTags: z.boolean().default(true),
  /** The field that holds the text in doccano lines or Label Studio task data, when it is not `text`. */
  textField: z.string().min(1).max(200).optional()
})

/** Base64 of the largest file import takes: 4 characters per 3 bytes. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4 + 4

/**
 * `import.files`: a few files per call (the UI sends one at a time, so it can show progress and stop
 * between files), each as its name (its path inside a chosen folder) and its bytes in base64. One call
 * carries at most 50 MB of files; the browser-mode server accepts bodies up to
 * IMPORT_CALL_MAX_BODY_BYTES for this method only.
 */
export const importFilesInputSchema = z.strictObject({
  files: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(1_000),
        base64: z.string().max(MAX_BASE64_LENGTH + 1_000, 'a file is over the 50 MB import limit (a larger JSON Lines export imports with `tessera import` while the project is closed)')
      })
    )
    .min(1, 'at least one file is required')
    .max(200, 'at most 200 files per call'),
  options: importOptionsSchema.default({ allowDuplicates: false, skipInvalid: false, addNewTags: true })
})

/** The HTTP body one `import.files` call may need: a 50 MB file in base64 plus the JSON around it. */
export const IMPORT_CALL_MAX_BODY_BYTES = MAX_BASE64_LENGTH + 1024 * 1024
