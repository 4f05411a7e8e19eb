import { describe, expect, it } from 'vitest'
import { snapToWords } from './snap'

/** The span a drag from inside `from` to inside `to` snaps to (both matched by their first occurrence). */
function drag(text: string, from: string, to: string): string | null {
  const start = text.indexOf(from) + Math.floor(from.length / 2)
  const end = text.indexOf(to) + Math.ceil(to.length / 2)
  const span = snapToWords(text, start, end)
  return span ? text.slice(span.start, span.end) : null
}

describe('snapping keeps or drops brackets and quotes in pairs', () => {
  it('a drag from «…الشام» into (HTS) keeps both pairs whole, never "…(HTS"', () => {
    const text = 'قالت «هيئة تحرير الشام» (HTS) إنها سيطرت على حماة.'
    expect(drag(text, 'الشام', 'HTS')).toBe('«هيئة تحرير الشام» (HTS)')
  })

  it.each([
    ['parentheses', 'The group (HTS) said it took Hama.', 'group', 'HTS', 'group (HTS)'],
    ['square brackets', 'The source [a commander] said so.', 'source', 'commander', 'source [a commander]'],
    ['straight double quotes', 'He called it "a victory" on Monday.', 'called', 'victory', 'called it "a victory"'],
    ['curly double quotes', 'He called it “a victory” on Monday.', 'called', 'victory', 'called it “a victory”'],
    ['guillemets', 'وصفها بأنها «نصر كبير» اليوم.', 'بأنها', 'نصر', 'بأنها «نصر كبير»'],
    ['a closing quote whose opening is before the drag', 'He said “Hama fell” then left.', 'fell', 'then', '“Hama fell” then']
  ])('%s', (_name, text, from, to, expected) => {
    expect(drag(text, from, to)).toBe(expected)
  })

  it('drops an unpaired bracket, with what lies beyond it, when its partner is far or in another paragraph', () => {
    const far = `Troops moved (according to ${'many '.repeat(30)}sources) north.`
    expect(drag(far, 'moved', 'according')).toBe('moved')
    const otherParagraph = 'He said (in part\n\nthat) they left.'
    expect(drag(otherParagraph, 'said', 'part')).toBe('said')
  })

  it('still trims a pair that only surrounds the selection ("(HTS)" gives HTS) and leaves apostrophes in words alone', () => {
    expect(drag('The group (HTS) said', '(H', 'S)')).toBe('HTS')
    expect(drag("al-Sham's fighters and Jolani's men", 'Sham', 'Jolani')).toBe("Sham's fighters and Jolani's")
  })
})
