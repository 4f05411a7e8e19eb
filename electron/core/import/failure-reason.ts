import { ApiError } from '../shared/errors'

/**
 * Why a file (or one document of it) was not imported, for the report: an ApiError's message without the
 * file's name in front (the report names the file), anything else as "could not be imported (...)".
 */
export function reasonOf(fileName: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const prefix = `${fileName} `
  const reason = message.startsWith(prefix) ? message.slice(prefix.length) : message
  return error instanceof ApiError ? reason : `could not be imported (${reason})`
}
