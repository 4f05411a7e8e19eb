import { z } from 'zod'
import { MAX_IMPORT_FILE_BYTES } from './limits'
import { TEXT_ENCODINGS } from './encodings'

export const importOptionsSchema = z.strictObject({
  encoding: z.enum(TEXT_ENCODINGS).optional(),
  allowDuplicates: z.boolean().default(false),
  skipInvalid: z.boolean().default(false),
  addNewTags: z.boolean().default(true),
  /** The field that holds the text in doccano lines or Label Studio task data, when it is not `text`. */
  textField: z.string().min(1).max(200).optional(),
  /** Add the files' annotations to the project's matching documents as their authors' layers (import/layer), never adding documents. */
  asLayer: z.boolean().optional(),
  /** With `asLayer`: the author given to annotations the file names none for (required when there are any). */
  annotator: z.string().trim().min(1).max(200).optional()
})

/** Base64 of the largest file import takes: 4 characters per 3 bytes. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4 + 4

/** Names one import the app runs (all its calls): its progress events carry it, and `import.stop` stops it. */
export const importRunIdSchema = z.string().min(1).max(64)

/**
 * `import.files`: files in calls packed by `importCalls` (batches.ts), each as its name (its path inside
 * a chosen folder) and its bytes in base64. One call carries at most 50 MB of files; the browser-mode
 * server accepts bodies up to IMPORT_CALL_MAX_BODY_BYTES for this method only. With a `runId`, the core
 * announces each file as it is read (`import.progress`) and `import.stop` with that id stops the call
 * between two files.
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
  options: importOptionsSchema.default({ allowDuplicates: false, skipInvalid: false, addNewTags: true }),
  runId: importRunIdSchema.optional()
})

/** `import.stop`: the import with this id stops after the file it is on; a call of it that comes later imports nothing. */
export const importStopInputSchema = z.strictObject({ runId: importRunIdSchema })

/** The HTTP body one `import.files` call may need: a 50 MB file in base64 plus the JSON around it. */
export const IMPORT_CALL_MAX_BODY_BYTES = MAX_BASE64_LENGTH + 1024 * 1024
