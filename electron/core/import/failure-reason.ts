import { ApiError } from '../shared/errors'
import { said, verbatim, type Said, type SaidValue } from '../shared/i18n/said'
import { DocumentNotFoundError, StoreError } from '../store/errors'
import { NotARegularFileError } from '../store/regular-file'
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
  // A message that names the file loses the name (the report gives it); else an error that carries its message as data (a StoreError) is said from it.
  const reason: SaidValue = message.startsWith(prefix) ? message.slice(prefix.length) : (saidOf(error) ?? message)
  if (error instanceof ApiError) return typeof reason === 'string' ? verbatim(reason) : reason
  return said('importReport.couldNotBeImported', { reason })
}

/** The message an error carries as catalogue data (ApiError, StoreError, NotARegularFileError), if it carries one. */
export function saidOf(error: unknown): Said | null {
  if (error instanceof StoreError || error instanceof DocumentNotFoundError || error instanceof NotARegularFileError) return error.said
  return error instanceof ApiError ? (error.said ?? null) : null
}
