import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { KwicText } from './KwicText'

/** The line as a reader sees it: the text of every part, in order. */
function shown(left: string, quote: string, right: string, dir: 'ltr' | 'rtl'): string {
  return renderToStaticMarkup(createElement(KwicText, { left, quote, right, dir })).replace(/<[^<>]*>/g, '')
}

describe('a keyword-in-context line', () => {
  it('adds no space before punctuation after the keyword: Arabic comma, semicolon and question mark', () => {
    expect(shown('قال مصدر في ', 'حماه', '، مشيراً إلى', 'rtl')).toBe('قال مصدر في حماه، مشيراً إلى')
    expect(shown('دخلوا ', 'حماة', '؛ ثم', 'rtl')).toBe('دخلوا حماة؛ ثم')
    expect(shown('هل سقطت ', 'حماة', '؟', 'rtl')).toBe('هل سقطت حماة؟')
  })

  it('adds no space before Latin punctuation, and keeps the space the article has', () => {
    expect(shown('fighting near ', 'Hama', ', officials said.', 'ltr')).toBe('fighting near Hama, officials said.')
    expect(shown('in ', 'Hama', '. Then', 'ltr')).toBe('in Hama. Then')
    expect(shown('(', 'HTS', ') said', 'ltr')).toBe('(HTS) said')
    expect(shown('near ', 'Hama', ' city', 'ltr')).toBe('near Hama city')
  })
})
