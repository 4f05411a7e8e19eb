import { said } from '../../shared/i18n/said'
import type { RegexNode } from './parse'
import { PatternError } from './parse'

/**
 * A Pike VM (Thompson's construction run breadth first): every thread advances one character at a
 * time and two threads at one instruction are one, so a search costs at most text length × program
 * size steps whatever the pattern, with no backtracking. Leftmost-first semantics, as JavaScript's
 * engine gives (greedy and lazy repeats, alternatives in order); empty matches are not returned.
 */
type Instruction =
  | { op: 'char'; test: (character: string) => boolean }
  | { op: 'split'; first: number; second: number }
  | { op: 'jump'; to: number }
  | { op: 'assert'; kind: 'start' | 'end' | 'word' | 'not-word' }
  | { op: 'match' }

/** A program past this size (a long pattern with large counts) is refused rather than run slowly. */
export const MAX_PROGRAM = 50_000

export class Program {
  readonly code: Instruction[] = []

  constructor(root: RegexNode) {
    this.emit(root)
    this.code.push({ op: 'match' })
  }

  private push(instruction: Instruction): number {
    if (this.code.length >= MAX_PROGRAM) throw new PatternError(said('problems.search.tooLarge', { max: MAX_PROGRAM }))
    this.code.push(instruction)
    return this.code.length - 1
  }

  private emit(node: RegexNode): void {
    switch (node.type) {
      case 'char':
        this.push({ op: 'char', test: node.test })
        return
      case 'assert':
        this.push({ op: 'assert', kind: node.kind })
        return
      case 'seq':
        for (const item of node.items) this.emit(item)
        return
      case 'alt': {
        const jumps: { op: 'jump'; to: number }[] = []
        node.options.forEach((option, index) => {
          if (index === node.options.length - 1) {
            this.emit(option)
            return
          }
          const split = { op: 'split' as const, first: 0, second: 0 }
          this.push(split)
          split.first = this.code.length
          this.emit(option)
          const jump = { op: 'jump' as const, to: 0 }
          this.push(jump)
          jumps.push(jump)
          split.second = this.code.length
        })
        for (const jump of jumps) jump.to = this.code.length
        return
      }
      case 'repeat':
        this.emitRepeat(node.node, node.min, node.max, node.greedy)
    }
  }

  private emitRepeat(body: RegexNode, min: number, max: number, greedy: boolean): void {
    for (let i = 0; i < min; i += 1) this.emit(body)
    if (max === Infinity) {
      const split = { op: 'split' as const, first: 0, second: 0 }
      const loop = this.push(split)
      const bodyStart = this.code.length
      this.emit(body)
      this.push({ op: 'jump', to: loop })
      this.order(split, bodyStart, this.code.length, greedy)
      return
    }
    const splits: { op: 'split'; first: number; second: number }[] = []
    for (let i = min; i < max; i += 1) {
      const split = { op: 'split' as const, first: 0, second: 0 }
      this.push(split)
      splits.push(split)
      this.order(split, this.code.length, 0, greedy)
      this.emit(body)
    }
    for (const split of splits) {
      if (greedy) split.second = this.code.length
      else split.first = this.code.length
    }
  }

  private order(split: { first: number; second: number }, body: number, after: number, greedy: boolean): void {
    split.first = greedy ? body : after
    split.second = greedy ? after : body
  }
}

export interface RegexSpan {
  /** UTF-16 offsets into the searched (folded) text. */
  start: number
  end: number
}

/** Stops a search that runs past its time: the budget is shared by every document of one search. */
export class Budget {
  private steps = 0

  constructor(readonly deadline: number) {}

  tick(): void {
    this.steps += 1
    if ((this.steps & 0xfff) === 0 && Date.now() > this.deadline) {
      throw new PatternError(said('problems.search.tookTooLong'))
    }
  }
}

const WORD = /^[\p{L}\p{N}\p{M}_]$/u

function isWord(text: string, at: number, before: boolean): boolean {
  if (before ? at <= 0 : at >= text.length) return false
  const code = before ? codePointBefore(text, at) : (text.codePointAt(at) ?? 0)
  return WORD.test(String.fromCodePoint(code))
}

function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1)
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) return text.codePointAt(at - 2) ?? low
  return low
}

interface Thread {
  pc: number
  start: number
}

/** Every non-empty, non-overlapping match of `program` in `text`, left to right. */
export function findAll(program: Program, text: string, budget: Budget): RegexSpan[] {
  const code = program.code
  const seen = new Int32Array(code.length).fill(-1)
  let generation = 0
  const found: RegexSpan[] = []

  const add = (list: Thread[], pc: number, start: number, at: number): void => {
    // An explicit stack keeps the order of priority without recursion (a long alternation is deep).
    const stack: number[] = [pc]
    while (stack.length > 0) {
      const current = stack.pop() as number
      if (seen[current] === generation) continue
      seen[current] = generation
      budget.tick()
      const instruction = code[current] as Instruction
      switch (instruction.op) {
        case 'jump':
          stack.push(instruction.to)
          break
        case 'split':
          stack.push(instruction.second, instruction.first)
          break
        case 'assert':
          if (passes(instruction.kind, text, at)) stack.push(current + 1)
          break
        default:
          list.push({ pc: current, start })
      }
    }
  }

  let at = 0
  while (at <= text.length) {
    let current: Thread[] = []
    let best: RegexSpan | null = null
    let position = at
    generation += 1
    add(current, 0, position, position)
    // Until a match is found the scan goes on even with no thread alive: the next position starts one.
    while (current.length > 0 || best === null) {
      const next: Thread[] = []
      const width = position < text.length ? ((text.codePointAt(position) ?? 0) > 0xffff ? 2 : 1) : 0
      const character = text.slice(position, position + width)
      generation += 1
      for (const thread of current) {
        const instruction = code[thread.pc] as Instruction
        if (instruction.op === 'match') {
          best = { start: thread.start, end: position }
          break // threads after this one have lower priority
        }
        if (instruction.op === 'char' && width > 0 && instruction.test(character)) add(next, thread.pc + 1, thread.start, position + width)
      }
      if (width === 0) break
      position += width
      // Until a match is found, a new thread starts at each position, with the lowest priority.
      if (best === null) add(next, 0, position, position)
      current = next
    }
    if (best === null) break
    if (best.end > best.start) {
      found.push(best)
      at = best.end
    } else {
      // An empty match is skipped, as JavaScript's global search steps past it.
      if (best.end >= text.length) break
      at = best.end + ((text.codePointAt(best.end) ?? 0) > 0xffff ? 2 : 1)
    }
  }
  return found
}

function passes(kind: 'start' | 'end' | 'word' | 'not-word', text: string, at: number): boolean {
  switch (kind) {
    case 'start':
      return at === 0
    case 'end':
      return at === text.length
    default: {
      const boundary = isWord(text, at, true) !== isWord(text, at, false)
      return kind === 'word' ? boundary : !boundary
    }
  }
}
