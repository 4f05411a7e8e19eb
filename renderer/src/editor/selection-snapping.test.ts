import { describe, expect, it } from 'vitest'
import { dragEdge, extendByWord, moveCaretByParagraph, moveCaretByWord, snapSelection } from './selection-snapping'

const slice = (text: string, span: { start: number; end: number } | null): string | null => (span ? text.slice(span.start, span.end) : null)

describe('snapSelection', () => {
  const text = 'The army lost “12 tanks,” said 🇸🇾 monitors.'
  const at = (phrase: string): number => text.indexOf(phrase)

  it('widens a drag over part of two words to both whole words, forwards and backwards', () => {
    const from = at('2 tan')
    expect(slice(text, snapSelection(text, { anchor: from, focus: from + 5 }, 'words'))).toBe('12 tanks')
    expect(slice(text, snapSelection(text, { anchor: from + 5, focus: from }, 'words'))).toBe('12 tanks')
  })

  it('keeps the exact characters with Alt, but never cuts a flag in half', () => {
    const from = at('2 tan')
    expect(slice(text, snapSelection(text, { anchor: from, focus: from + 5 }, 'exact'))).toBe('2 tan')
    const flag = at('🇸🇾')
    expect(slice(text, snapSelection(text, { anchor: flag + 1, focus: flag + 3 }, 'exact'))).toBe('🇸🇾')
  })

  it('trims quotes and commas and snaps Arabic words', () => {
    expect(slice(text, snapSelection(text, { anchor: at('“12') - 1, focus: at(',”') + 2 }, 'words'))).toBe('12 tanks')
    const arabic = 'قال المرصد إن ١٢ دبابة دُمّرت، في حماة.'
    const from = arabic.indexOf('٢ دب')
    expect(slice(arabic, snapSelection(arabic, { anchor: from, focus: from + 4 }, 'words'))).toBe('١٢ دبابة')
  })
})

describe('keyboard selection', () => {
  const text = 'Rebels took Hama city.\n\nThe army withdrew 🙂 north.\n\nLast paragraph.'

  it('extends the focus word by word and shrinks it back', () => {
    let selection = { anchor: 0, focus: 0 }
    selection = extendByWord(text, selection, 'forward')
    expect(text.slice(selection.anchor, selection.focus)).toBe('Rebels')
    selection = extendByWord(text, extendByWord(text, selection, 'forward'), 'forward')
    expect(text.slice(selection.anchor, selection.focus)).toBe('Rebels took Hama')
    selection = extendByWord(text, selection, 'backward')
    expect(text.slice(selection.anchor, selection.focus)).toBe('Rebels took ')
  })

  it('crosses a paragraph break when extending', () => {
    const selection = extendByWord(text, { anchor: text.indexOf('city'), focus: text.indexOf('city') + 4 }, 'forward')
    expect(text.slice(selection.anchor, selection.focus)).toBe('city.\n\nThe')
  })

  it('moves a caret to word starts and to paragraph starts', () => {
    expect(moveCaretByWord(text, 0, 'forward')).toBe(text.indexOf('took'))
    expect(moveCaretByWord(text, text.indexOf('north'), 'backward')).toBe(text.indexOf('withdrew'))
    expect(moveCaretByParagraph(text, 3, 'forward')).toBe(text.indexOf('The army'))
    expect(moveCaretByParagraph(text, text.indexOf('withdrew'), 'backward')).toBe(text.indexOf('The army'))
    expect(moveCaretByParagraph(text, text.indexOf('The army'), 'backward')).toBe(0)
    expect(moveCaretByParagraph(text, text.indexOf('Last'), 'forward')).toBe(text.indexOf('Last'))
  })
})

describe('dragEdge', () => {
  const text = 'Government forces shelled 12 villages near Hama.'
  const span = { start: text.indexOf('forces'), end: text.indexOf('forces') + 'forces shelled'.length }

  it('moves the end to the end of the word the pointer is in, and the start to the start of its word', () => {
    expect(slice(text, dragEdge(text, span, 'end', text.indexOf('villages') + 3))).toBe('forces shelled 12 villages')
    expect(slice(text, dragEdge(text, span, 'start', 3))).toBe('Government forces shelled')
  })

  it('between words, the end goes back to the word before and the start on to the word after', () => {
    expect(slice(text, dragEdge(text, span, 'end', text.indexOf(' near')))).toBe('forces shelled 12 villages')
    expect(slice(text, dragEdge(text, span, 'start', text.indexOf(' forces')))).toBe(null)
    expect(slice(text, dragEdge(text, span, 'start', text.indexOf(' shelled')))).toBe('shelled')
  })

  it('refuses to turn the span inside out', () => {
    expect(dragEdge(text, span, 'end', span.start)).toBeNull()
    expect(dragEdge(text, span, 'start', span.end + 1)).toBeNull()
  })
})
