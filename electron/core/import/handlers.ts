import type { HandlersFor } from '../context'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { MAX_IMPORT_FILE_BYTES } from '../shared/import/limits'
import { saidBytes } from './byte-size'
import { importFiles } from './pipeline'

export const importHandlers: HandlersFor<'import.files' | 'import.stop'> = {
  'import.files': async ({ files, options, runId }, context) => {
    const decoded = files.map(({ name, base64 }) => ({ name, bytes: new Uint8Array(Buffer.from(base64, 'base64')) }))
    const total = decoded.reduce((sum, file) => sum + file.bytes.length, 0)
    if (total > MAX_IMPORT_FILE_BYTES && decoded.length > 1) {
      throw new ApiError('invalid-input', said('readers.callTooLarge', { size: saidBytes(MAX_IMPORT_FILE_BYTES) }))
    }
    if (runId === undefined) return importFiles(context, decoded, options, context.importWorkers)
    return context.importRuns.track(runId, ({ shouldStop }) =>
      importFiles(context, decoded, options, context.importWorkers, undefined, {
        shouldStop,
        onFile: (progress) => context.emit('import.progress', { runId, ...progress })
      })
    )
  },
  'import.stop': async ({ runId }, context) => context.importRuns.stop(runId)
}
