import { expect, it } from 'vitest'
import { resizeMessage } from './resize-message'

it('names the tag, the new span and the word its moved edge now sits on, Arabic too', () => {
  const text = 'the Syrian Arab Army, backed by Russian jets'
  const start = text.indexOf('Arab')
  expect(resizeMessage('Actor', text, { start, end: text.indexOf(' Russian') }, 'end')).toBe("Actor: 'Arab Army, backed by' now ends at 'by'")
  expect(resizeMessage('Actor', text, { start, end: text.length }, 'start')).toBe("Actor: 'Arab Army, backed by Russian jets' now starts at 'Arab'")
  const arabic = 'قال الجيش العربي السوري'
  expect(resizeMessage('Actor', arabic, { start: 4, end: arabic.length }, 'end')).toBe("Actor: 'الجيش العربي السوري' now ends at 'السوري'")
})
