import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { catalogueOf, type MessageKey } from './catalogue'
import { intlLocale } from './locale'

type Element = ReturnType<IntlMessageFormat['getAst']>[number]

/** Argument names, plural categories and tags a message uses, walking nested plurals and tags. */
function shape(message: string, locale: string) {
  const args = new Set<string>()
  const tags = new Set<string>()
  const plurals: string[][] = []
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      if ('value' in element && typeof element.value === 'string' && element.type !== 0) args.add(element.value)
      if ('options' in element) {
        if ('pluralType' in element) plurals.push(Object.keys(element.options).filter((c) => !c.startsWith('=')).sort())
        for (const option of Object.values(element.options)) walk(option.value)
      }
      if ('children' in element) {
        tags.add(element.value)
        walk(element.children)
      }
    }
  }
  walk(new IntlMessageFormat(message, locale).getAst())
  return { args: [...args].sort(), tags: [...tags].sort(), plurals }
}

const english = catalogueOf('en')
const arabic = catalogueOf('ar')
const keys = Object.keys(english) as MessageKey[]
const ARABIC_LETTER = /[\u0621-\u064A]/u
const LATIN_LETTER = /[A-Za-z]{2}/u
/** Messages that are the same in both languages: a language's own name. */
const SAME_IN_BOTH = new Set<MessageKey>(['common.language.en', 'common.language.ar'])

describe('the message catalogues', () => {
  it('give every English message an Arabic one, and nothing more', () => {
    expect(Object.keys(arabic).sort()).toEqual([...keys].sort())
  })

  it('parse as ICU messages in both languages, with the same arguments and tags', () => {
    for (const key of keys) {
      const en = shape(english[key], intlLocale('en', 'latn'))
      const ar = shape(arabic[key], intlLocale('ar', 'arab'))
      expect({ key, args: ar.args, tags: ar.tags }).toEqual({ key, args: en.args, tags: en.tags })
    }
  })

  it('give Arabic plurals all six forms and English ones one and other', () => {
    for (const key of keys) {
      for (const categories of shape(arabic[key], intlLocale('ar', 'arab')).plurals) expect({ key, categories }).toEqual({ key, categories: ['few', 'many', 'one', 'other', 'two', 'zero'] })
      for (const categories of shape(english[key], intlLocale('en', 'latn')).plurals) expect({ key, categories }).toEqual({ key, categories: ['one', 'other'] })
    }
  })

  it('leave no English words untranslated in the Arabic catalogue', () => {
    // Placeholders ({quote}, <kbd>) are names, not words: a message of punctuation around them needs no Arabic.
    const words = (message: string) => message.replace(/\{[^{}]*\}|<\/?\w+>/gu, '')
    const untranslated = keys.filter((key) => !SAME_IN_BOTH.has(key) && LATIN_LETTER.test(words(english[key])) && !ARABIC_LETTER.test(arabic[key]))
    expect(untranslated).toEqual([])
  })
})
