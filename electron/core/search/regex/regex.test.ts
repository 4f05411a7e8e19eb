import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PatternError, parsePattern } from './parse'
import { Budget, Program, findAll } from './vm'

const identity = { caseSensitive: true, foldLiteral: (c: string) => c }

function run(pattern: string, text: string): string[] {
  const program = new Program(parsePattern(pattern, identity))
  return findAll(program, text, new Budget(Date.now() + 10_000)).map(({ start, end }) => text.slice(start, end))
}

/** What JavaScript's own engine finds (non-empty matches only), the reference for leftmost-first semantics. */
function reference(pattern: string, text: string): string[] {
  const found: string[] = []
  const regex = new RegExp(pattern, 'gu')
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0] === '') {
      regex.lastIndex += 1
      continue
    }
    found.push(match[0])
  }
  return found
}

describe('the linear-time regular expression matcher', () => {
  it('finds what JavaScript finds for words, classes, alternation, greedy and lazy repeats and anchors', () => {
    const cases: [string, string][] = [
      ['حما[ةه]', 'في حماة وحماه'],
      ['\\d+', 'قتل 12 و 300 و١٢'],
      ['\\p{Script=Arabic}+', 'HTS هيئة تحرير'],
      ['colou?r', 'color colour colouur'],
      ['a.*b', 'xaxbxbx'],
      ['a.*?b', 'xaxbxbx'],
      ['(?:ab|a)(?:c|bcd)', 'abcd'],
      ['\\bHama\\b', 'Hama Hamas Hama'],
      ['^the', 'the theme'],
      ['end$', 'end the end'],
      ['x{2,3}', 'xxxxxxx'],
      ['[^ ]+', 'two words'],
      ['(?<year>\\d{4})-\\d{2}', '2024-12 and 2025-01']
    ]
    for (const [pattern, text] of cases) expect(run(pattern, text), pattern).toEqual(reference(pattern, text))
  })

  it('agrees with JavaScript on random small patterns and texts (property)', () => {
    const piece = fc.constantFrom('a', 'b', 'ab', '(a|b)', '(?:a|ab)', '[ab]', '.', 'a*', 'b+', 'a?', '(ab)*', 'a{1,2}', 'b*?', '\\b', '(a|)')
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), fc.stringMatching(/^[ab ]{0,12}$/), (pieces, text) => {
        const pattern = pieces.join('')
        expect(run(pattern, text)).toEqual(reference(pattern, text))
      }),
      { numRuns: 1_000 }
    )
  })

  it('runs a catastrophic pattern, (a+)+$ on 100,000 a then b, in linear time', () => {
    const text = `${'a'.repeat(100_000)}b`
    const began = performance.now()
    expect(run('(a+)+$', text)).toEqual([])
    expect(run('(a|aa)+c', text)).toEqual([])
    expect(run('(x+x+)+y', 'x'.repeat(50_000))).toEqual([])
    expect(performance.now() - began).toBeLessThan(5_000)
  })

  it('refuses backreferences and lookaround, saying why', () => {
    for (const pattern of ['(a)\\1', '(?<x>a)\\k<x>', 'a(?=b)', 'a(?!b)', '(?<=a)b', '(?<!a)b']) {
      expect(() => parsePattern(pattern, identity), pattern).toThrow(PatternError)
    }
    expect(() => parsePattern('(a)\\1', identity)).toThrow(/backreference/)
    expect(() => parsePattern('a(?=b)', identity)).toThrow(/lookahead/)
  })

  it('refuses broken patterns and counts too large to run, naming the problem', () => {
    expect(() => parsePattern('(ab', identity)).toThrow(/closing "\)"/)
    expect(() => parsePattern('[ab', identity)).toThrow(/closing "\]"/)
    expect(() => parsePattern('*a', identity)).toThrow(/nothing to repeat/)
    expect(() => parsePattern('a{5000}', identity)).toThrow(/counts past/)
    expect(() => new Program(parsePattern('(a{1000}){1000}', identity))).toThrow(/too large/)
  })

  it('stops a search that runs past its time budget', () => {
    const program = new Program(parsePattern('(a|b|c|d|e)*z', identity))
    expect(() => findAll(program, 'abcde'.repeat(200_000), new Budget(Date.now() - 1))).toThrow(/took too long/)
  })
})
