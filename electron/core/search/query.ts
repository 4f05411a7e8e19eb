import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { findFolded, foldCharacter, foldText, originalSpan, type FoldOptions, type FoldedText } from '../shared/text/fold'
import { isWholeWord } from '../shared/text/whole-word'
import { PatternError, parsePattern } from './regex/parse'
import { Budget, Program, findAll } from './regex/vm'

/**
 * What a search looks for. `text`: the query as typed, as one phrase (the Find dialog's). `words`: every
 * word and every "quoted phrase" of the query must be in the document; each occurrence of each is a
 * match. `regex`: a regular expression, run by a linear-time matcher on the folded text.
 */
export type SearchKind = 'text' | 'words' | 'regex'

export interface SearchQuery {
  query: string
  kind?: SearchKind
  wholeWord: boolean
  caseSensitive: boolean
  /** Keep the letters as written instead of the loose folding. */
  exact?: boolean
}

export interface Span {
  start: number
  end: number
}

/** How long one search may run, over every document it reads. */
export const SEARCH_TIME_BUDGET_MS = 3_000

export interface CompiledSearch {
  /** The matches in `text`, in text order, never overlapping, at exact offsets into it. */
  matches(text: string, budget: Budget): Span[]
}

export function newBudget(ms = SEARCH_TIME_BUDGET_MS): Budget {
  return new Budget(Date.now() + ms)
}

/** The search a query describes; a pattern that cannot be run is refused with a message saying why. */
export function compileSearch(search: SearchQuery): CompiledSearch {
  const options: FoldOptions = { mode: search.exact ? 'exact' : 'loose', caseSensitive: search.caseSensitive }
  const kind = search.kind ?? 'text'
  if (kind === 'regex') return regexSearch(search.query, options, search.wholeWord)
  const terms = kind === 'words' ? splitTerms(search.query) : [search.query]
  if (terms.length === 0) throw new ApiError('invalid-input', said('problems.search.noTerms'))
  return {
    matches(text) {
      const folded = foldText(text, options)
      const accept = search.wholeWord ? (span: Span) => isWholeWord(text, span.start, span.end) : undefined
      const perTerm = terms.map((term) => findFolded(folded, term, accept))
      if (perTerm.some((found) => found.length === 0)) return []
      return perTerm.length === 1 ? (perTerm[0] as Span[]) : merge(perTerm.flat())
    }
  }
}

/** The words and "quoted phrases" of a query («» and “” quote too). */
export function splitTerms(query: string): string[] {
  const terms: string[] = []
  const pattern = /["“”«»]([^"“”«»]*)["“”«»]?|([^\s"“”«»]+)/gu
  for (const match of query.matchAll(pattern)) {
    const term = (match[1] ?? match[2] ?? '').trim()
    if (term && !terms.includes(term)) terms.push(term)
  }
  return terms
}

/** Spans of several terms in text order, an overlapping one dropped (the earlier, then longer, wins). */
function merge(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Span[] = []
  for (const span of spans) {
    const last = kept[kept.length - 1]
    if (!last || span.start >= last.end) kept.push(span)
  }
  return kept
}

function regexSearch(pattern: string, options: FoldOptions, wholeWord: boolean): CompiledSearch {
  let program: Program
  try {
    const foldLiteral = (character: string) =>
      options.mode !== 'exact' && /^\s$/u.test(character) ? ' ' : foldCharacter(character, options)
    program = new Program(parsePattern(pattern, { caseSensitive: options.caseSensitive === true, foldLiteral }))
  } catch (error) {
    if (error instanceof PatternError) throw new ApiError('invalid-input', error.said)
    throw error
  }
  return {
    matches(text, budget) {
      const folded: FoldedText = foldText(text, options)
      const spans: Span[] = []
      for (const found of findAllOrExplain(program, folded.folded, budget)) {
        const span = originalSpan(folded, found.start, found.end - found.start)
        if (span && (!wholeWord || isWholeWord(text, span.start, span.end))) spans.push(span)
      }
      return spans
    }
  }
}

function findAllOrExplain(program: Program, text: string, budget: Budget): Span[] {
  try {
    return findAll(program, text, budget)
  } catch (error) {
    if (error instanceof PatternError) throw new ApiError('invalid-input', error.said)
    throw error
  }
}
