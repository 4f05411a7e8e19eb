import type { HandlersFor } from '../context'
import { importError } from './import-error'
import { describeBytes, MAX_IMPORT_FILE_BYTES } from '../shared/import/limits'
import { importFiles } from './pipeline'

export const importHandlers: HandlersFor<'import.files'> = {
  'import.files': async ({ files, options }, context) => {
    const decoded = files.map(({ name, base64 }) => ({ name, bytes: new Uint8Array(Buffer.from(base64, 'base64')) }))
    const total = decoded.reduce((sum, file) => sum + file.bytes.length, 0)
    if (total > MAX_IMPORT_FILE_BYTES && decoded.length > 1) {
      throw importError('This import', `carries more than ${describeBytes(MAX_IMPORT_FILE_BYTES)} of files in one call; send them in smaller batches.`)
    }
    return importFiles(context, decoded, options, context.importWorkers)
  }
}
