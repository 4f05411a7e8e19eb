import { ApiError } from '../shared/errors'
import { said, type Said } from '../shared/i18n/said'

/**
 * A file that cannot be imported: `problem` is a predicate of the `readers` section ("is empty."), so the
 * message reads as one sentence naming the file, and the report can give the problem alone beside the file.
 */
export function importError(fileName: string, problem: Said): ApiError {
  return new ApiError('invalid-input', said('importing.fileProblem', { file: fileName, problem }))
}

/** The problem of an `importError` about `fileName` (without the name), or null when `error` is another error. */
export function problemOf(fileName: string, error: ApiError): Said | null {
  const { said: message } = error
  if (message?.key !== 'importing.fileProblem' || message.values?.file !== fileName) return null
  const problem = message.values.problem
  return typeof problem === 'object' ? problem : null
}
