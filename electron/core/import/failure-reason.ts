import { ApiError } from '../shared/errors'
import { said, verbatim, type Said } from '../shared/i18n/said'
import { problemOf } from './import-error'

/**
 * Why a file (or one document of it) was not imported, for the report: an import error's problem without the
 * file's name (the report names the file), another ApiError's message, anything else as "could not be imported (...)".
 */
export function reasonOf(fileName: string, error: unknown): Said {
  if (error instanceof ApiError) {
    const problem = problemOf(fileName, error)
    if (problem) return problem
    if (error.said) return error.said
  }
  const message = error instanceof Error ? error.message : String(error)
  const prefix = `${fileName} `
  const reason = message.startsWith(prefix) ? message.slice(prefix.length) : message
  return error instanceof ApiError ? verbatim(reason) : said('importReport.couldNotBeImported', { reason })
}
