import type { MessageKey } from '../../shared/i18n/catalogue'
import { inEnglish, said, type Said } from '../../shared/i18n/said'
/**
 * The regular expressions corpus search accepts, parsed into a tree the linear matcher (`vm.ts`) runs.
 * The syntax is JavaScript's, less what no linear engine can run: backreferences (\1, \k<name>) and
 * lookaround ((?=, (?!, (?<=, (?<!) are refused with a message saying so. Character classes and escapes
 * are tested one character at a time by JavaScript's own engine (a single-character test cannot backtrack).
 */
export type RegexNode =
  | { type: 'char'; test: (character: string) => boolean }
  | { type: 'seq'; items: RegexNode[] }
  | { type: 'alt'; options: RegexNode[] }
  | { type: 'repeat'; node: RegexNode; min: number; max: number; greedy: boolean }
  | { type: 'assert'; kind: 'start' | 'end' | 'word' | 'not-word' }

/** A pattern that cannot be run; `said` is the message in the catalogue, `message` its English. */
export class PatternError extends Error {
  constructor(readonly said: Said) {
    super(inEnglish(said))
    this.name = 'PatternError'
  }
}

/** The largest count a {n,m} may give: each is a copy of its part in the program. */
export const MAX_COUNT = 1_000

export interface ParseOptions {
  caseSensitive: boolean
  /** How each literal character of the pattern is folded to meet the folded text. */
  foldLiteral: (character: string) => string
}

const UNSUPPORTED_GROUP: Record<string, MessageKey> = {
  '?=': 'problems.search.lookahead',
  '?!': 'problems.search.negativeLookahead',
  '?<=': 'problems.search.lookbehind',
  '?<!': 'problems.search.negativeLookbehind'
}

export function parsePattern(pattern: string, options: ParseOptions): RegexNode {
  const parser = new Parser(pattern, options)
  const node = parser.alternation()
  if (parser.at < pattern.length) throw parser.error(said('problems.search.unexpected', { character: pattern.charAt(parser.at) }))
  return node
}

class Parser {
  at = 0
  private readonly classFlags: string

  constructor(
    private readonly pattern: string,
    private readonly options: ParseOptions
  ) {
    this.classFlags = options.caseSensitive ? 'u' : 'iu'
  }

  error(problem: Said): PatternError {
    return new PatternError(said('problems.search.pattern', { problem, at: this.at + 1 }))
  }

  alternation(): RegexNode {
    const options = [this.sequence()]
    while (this.pattern.charAt(this.at) === '|') {
      this.at += 1
      options.push(this.sequence())
    }
    return options.length === 1 ? (options[0] as RegexNode) : { type: 'alt', options }
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = []
    while (this.at < this.pattern.length && this.pattern.charAt(this.at) !== '|' && this.pattern.charAt(this.at) !== ')') {
      const atom = this.atom()
      items.push(this.quantified(atom))
    }
    return items.length === 1 ? (items[0] as RegexNode) : { type: 'seq', items }
  }

  private quantified(atom: RegexNode): RegexNode {
    let node = atom
    for (;;) {
      const bounds = this.quantifier()
      if (!bounds) return node
      if (atom.type === 'assert') throw this.error(said('problems.search.repeatsAnchor'))
      const greedy = this.pattern.charAt(this.at) !== '?'
      if (!greedy) this.at += 1
      node = { type: 'repeat', node, min: bounds.min, max: bounds.max, greedy }
    }
  }

  private quantifier(): { min: number; max: number } | null {
    const char = this.pattern.charAt(this.at)
    if (char === '*' || char === '+' || char === '?') {
      this.at += 1
      return { min: char === '+' ? 1 : 0, max: char === '?' ? 1 : Infinity }
    }
    if (char !== '{') return null
    const match = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.at, this.at + 24))
    if (!match) return null
    const min = Number(match[1])
    const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3])
    if (min > MAX_COUNT || (max !== Infinity && max > MAX_COUNT)) throw this.error(said('problems.search.countsPast', { max: MAX_COUNT }))
    if (max < min) throw this.error(said('problems.search.countBelowMinimum'))
    this.at += match[0].length
    return { min, max }
  }

  private atom(): RegexNode {
    const char = this.pattern.charAt(this.at)
    if (char === '(') return this.group()
    if (char === '[') return this.characterClass()
    if (char === '\\') return this.escape()
    if (char === '*' || char === '+' || char === '?' || (char === '{' && this.quantifierAhead())) throw this.error(said('problems.search.nothingToRepeat'))
    this.at += 1
    if (char === '.') return { type: 'char', test: (c) => c !== '\n' && c !== '\r' }
    if (char === '^') return { type: 'assert', kind: 'start' }
    if (char === '$') return { type: 'assert', kind: 'end' }
    // A literal: one code point (an astral one is two units).
    const code = this.pattern.codePointAt(this.at - 1) ?? 0
    if (code > 0xffff) this.at += 1
    return this.literal(String.fromCodePoint(code))
  }

  private quantifierAhead(): boolean {
    return /^\{\d+(,\d*)?\}/.test(this.pattern.slice(this.at, this.at + 24))
  }

  private literal(character: string): RegexNode {
    const folded = this.options.foldLiteral(character)
    const items: RegexNode[] = [...folded].map((c) => ({ type: 'char', test: (x: string) => x === c }))
    return items.length === 1 ? (items[0] as RegexNode) : { type: 'seq', items }
  }

  private group(): RegexNode {
    const rest = this.pattern.slice(this.at + 1, this.at + 4)
    for (const [opening, construct] of Object.entries(UNSUPPORTED_GROUP)) {
      if (rest.startsWith(opening)) throw this.error(said('problems.search.unsupported', { construct: said(construct), syntax: `(${opening}…)` }))
    }
    this.at += 1
    if (rest.startsWith('?:')) this.at += 2
    else if (rest.startsWith('?<')) {
      const close = this.pattern.indexOf('>', this.at)
      if (close === -1) throw this.error(said('problems.search.unfinishedGroupName'))
      this.at = close + 1
    } else if (rest.startsWith('?')) throw this.error(said('problems.search.groupModifier'))
    const inner = this.alternation()
    if (this.pattern.charAt(this.at) !== ')') throw this.error(said('problems.search.missingParenthesis'))
    this.at += 1
    return inner
  }

  private characterClass(): RegexNode {
    let end = this.at + 1
    if (this.pattern.charAt(end) === '^') end += 1
    if (this.pattern.charAt(end) === ']') end += 1
    while (end < this.pattern.length && this.pattern.charAt(end) !== ']') end += this.pattern.charAt(end) === '\\' ? 2 : 1
    if (end >= this.pattern.length) throw this.error(said('problems.search.missingBracket'))
    const source = this.pattern.slice(this.at, end + 1)
    this.at = end + 1
    return { type: 'char', test: this.singleCharacterTest(source) }
  }

  private escape(): RegexNode {
    const next = this.pattern.charAt(this.at + 1)
    if (next === '') throw this.error(said('problems.search.loneBackslash'))
    if (/[1-9]/.test(next) || (next === 'k' && this.pattern.charAt(this.at + 2) === '<')) {
      throw this.error(said('problems.search.backreference'))
    }
    if (next === 'b' || next === 'B') {
      this.at += 2
      return { type: 'assert', kind: next === 'b' ? 'word' : 'not-word' }
    }
    let length = 2
    if (next === 'p' || next === 'P') {
      const close = this.pattern.indexOf('}', this.at)
      if (this.pattern.charAt(this.at + 2) !== '{' || close === -1) throw this.error(said('problems.search.unfinishedProperty'))
      length = close + 1 - this.at
    } else if (next === 'x') length = 4
    else if (next === 'u') {
      const braced = this.pattern.charAt(this.at + 2) === '{'
      length = braced ? this.pattern.indexOf('}', this.at) + 1 - this.at : 6
      if (length <= 0) throw this.error(said('problems.search.unfinishedCodePoint'))
    } else if (next === 'c') length = 3
    const source = this.pattern.slice(this.at, this.at + length)
    this.at += length
    // A punctuation escape (\. \( \؟) is a literal, folded like any other.
    if (/^\\[^\p{L}\p{N}]$/u.test(source)) return this.literal(next)
    return { type: 'char', test: this.singleCharacterTest(source) }
  }

  private singleCharacterTest(source: string): (character: string) => boolean {
    let single: RegExp
    try {
      single = new RegExp(`^(?:${source})$`, this.classFlags)
    } catch (error) {
      throw this.error(said('problems.search.invalidPart', { part: source, reason: (error as Error).message }))
    }
    return (character) => single.test(character)
  }
}
