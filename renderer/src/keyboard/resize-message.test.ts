import { expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
import { resizeMessage } from './resize-message'

const english = createTranslator('en')
const arabic = createTranslator('ar')

it('names the tag, the new span and the word its moved edge now sits on, Arabic text too', () => {
  const text = 'the Syrian Arab Army, backed by Russian jets'
  const start = text.indexOf('Arab')
  expect(resizeMessage(english, 'Actor', text, { start, end: text.indexOf(' Russian') }, 'end')).toBe("Actor: 'Arab Army, backed by' now ends at 'by'")
  expect(resizeMessage(english, 'Actor', text, { start, end: text.length }, 'start')).toBe("Actor: 'Arab Army, backed by Russian jets' now starts at 'Arab'")
  const arabicText = 'قال الجيش العربي السوري'
  expect(resizeMessage(english, 'Actor', arabicText, { start: 4, end: arabicText.length }, 'end')).toBe("Actor: 'الجيش العربي السوري' now ends at 'السوري'")
})

it('says it in Arabic with guillemets, the tag and quotes isolated so Latin text keeps its order', () => {
  const text = 'the Syrian Arab Army, backed by Russian jets'
  const start = text.indexOf('Arab')
  expect(resizeMessage(arabic, 'Actor', text, { start, end: text.indexOf(' Russian') }, 'end')).toBe(
    '\u2068Actor\u2069: «\u2068Arab Army, backed by\u2069» ينتهي الآن عند «\u2068by\u2069»'
  )
  expect(resizeMessage(arabic, 'فاعل', text, { start, end: text.length }, 'start')).toBe('\u2068فاعل\u2069: «\u2068Arab Army, backed by Russian jets\u2069» يبدأ الآن عند «\u2068Arab\u2069»')
})

it('cuts a long span to a few words in either language', () => {
  const text = 'word '.repeat(30).trim()
  const message = resizeMessage(english, 'Claim', text, { start: 0, end: text.length }, 'end')
  expect(message).toBe(`Claim: '${'word '.repeat(7)}word…' now ends at 'word'`)
  expect(resizeMessage(arabic, 'Claim', text, { start: 0, end: text.length }, 'end')).toContain(`«\u2068${'word '.repeat(7)}word…\u2069»`)
})
