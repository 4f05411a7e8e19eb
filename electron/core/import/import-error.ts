import { ApiError } from '../shared/errors'

/** A file that cannot be imported: `problem` is a predicate ("is empty."), so the message reads as one sentence naming the file. */
export function importError(fileName: string, problem: string): ApiError {
  return new ApiError('invalid-input', `${fileName} ${problem}`)
}
