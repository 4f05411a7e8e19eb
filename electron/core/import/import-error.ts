import { ApiError } from '../errors'

/** A file that cannot be imported: the message names the file and says what is wrong, in one line. */
export function importError(fileName: string, problem: string): ApiError {
  return new ApiError('invalid-input', `${fileName}: ${problem}`)
}
