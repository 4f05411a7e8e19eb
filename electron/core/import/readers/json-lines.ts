import { said, type Said } from '../../shared/i18n/said'
import { importError } from '../import-error'
import { semicolonList } from '../said-lists'
import type { ByteLine } from '../line-reader'
import type { ImportReadOptions } from '../reader'

export interface JsonLine {
  /** 1-based, as an editor shows it. */
  lineNumber: number
  value: unknown
}

/**
 * Parses JSON Lines, checking each line with `check` (which returns a problem or null). Invalid lines
 * fail the file, listing their numbers, unless the user chose to skip them: then each is reported as a
 * warning and the valid lines go on.
 */
export function parseJsonLines(name: string, text: string, options: ImportReadOptions, check: (value: unknown) => Said | null): JsonLine[] {
  const lines = text.split(/\r\n|\n|\r/).map((line, index) => ({ lineNumber: index + 1, text: line }))
  return parseJsonLineList(name, lines, options, check)
}

/** The same, from lines handed one at a time (a large file is read line by line from its bytes). */
export function parseJsonLineList(name: string, lines: Iterable<ByteLine>, options: ImportReadOptions, check: (value: unknown) => Said | null): JsonLine[] {
  const valid: JsonLine[] = []
  const problems: Said[] = []
  for (const line of lines) {
    const { lineNumber } = line
    if ('tooLong' in line) {
      problems.push(said('readers.jsonLines.line', { line: lineNumber, problem: line.tooLong }))
      continue
    }
    if (line.text.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line.text)
    } catch (error) {
      const problem = said('readers.jsonLines.notJson', { error: error instanceof Error ? error.message : String(error) })
      problems.push(said('readers.jsonLines.line', { line: lineNumber, problem }))
      continue
    }
    const problem = check(value)
    if (problem) problems.push(said('readers.jsonLines.line', { line: lineNumber, problem }))
    else valid.push({ lineNumber, value })
  }
  if (problems.length > 0 && (!options.skipInvalid || valid.length === 0)) {
    const shown = semicolonList(problems.slice(0, 5))
    const more = problems.length > 5 ? said('readers.jsonLines.more', { count: problems.length - 5 }) : ''
    const hint = valid.length > 0 ? said('readers.jsonLines.skipHint', { count: valid.length }) : ''
    throw importError(name, said('readers.jsonLines.invalid', { count: problems.length, shown, more, hint }))
  }
  for (const problem of problems) options.warn(said('readers.jsonLines.skipped', { file: name, problem }))
  return valid
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
