import { describe, expect, it } from 'vitest'
import { ApiError } from '../errors'
import { LIMITS } from '../limits'
import { bounded, canSay, inEnglish, said, say, verbatim } from './said'
import { createTranslator } from './translator'

describe('messages the core reports as data', () => {
  const nested = said('importing.fileProblem', { file: 'حماة.txt', problem: said('importReport.couldNotBeImported', { reason: 'EIO' }) })

  it('says the nested message first, in the translator’s language', () => {
    expect(inEnglish(nested)).toBe('حماة.txt could not be imported (EIO)')
    const arabic = say(createTranslator('ar'), nested)
    expect(arabic).toBe('\u2068حماة.txt\u2069: تعذّر استيراده (EIO)')
  })

  it('keeps an ApiError’s message in English and sends the message data beside it', () => {
    const error = new ApiError('invalid-input', nested)
    expect(error.message).toBe('حماة.txt could not be imported (EIO)')
    expect(error.toBody()).toEqual({ code: 'invalid-input', message: error.message, said: nested })
    expect(new ApiError('internal', 'plain').toBody()).toEqual({ code: 'internal', message: 'plain' })
  })

  it('bounds every text value at any depth before it crosses to another process', () => {
    const long = 'ب'.repeat(LIMITS.messageChars * 3)
    const body = new ApiError('invalid-input', said('importing.fileProblem', { file: long, problem: verbatim(long) })).toBody()
    expect(JSON.stringify(body).length).toBeLessThan(LIMITS.messageChars * 4)
    const values = bounded(nested).values ?? {}
    expect(values.file).toBe('حماة.txt')
  })

  it('shows text with no message of its own as it is, braces and all', () => {
    expect(say(createTranslator('ar'), verbatim('{not a placeholder} <b>'))).toBe('{not a placeholder} <b>')
  })

  it('says only well-formed message data from another process, with keys this catalogue has', () => {
    const arabic = createTranslator('ar')
    expect(canSay(arabic, nested)).toBe(true)
    expect(canSay(arabic, { key: 'common.undated' })).toBe(true)
    expect(canSay(arabic, { key: 'problems.fromANewerVersion' })).toBe(false)
    expect(canSay(arabic, { key: 'toString' })).toBe(false)
    expect(canSay(arabic, { key: 'importing.fileProblem', values: { file: 'a', problem: { key: 'no.such.key' } } })).toBe(false)
    expect(canSay(arabic, { key: 3 })).toBe(false)
    expect(canSay(arabic, { key: 'common.verbatim', values: { text: { nested: true } } })).toBe(false)
    expect(canSay(arabic, { key: 'common.verbatim', values: null })).toBe(false)
    expect(canSay(arabic, 'common.undated')).toBe(false)
  })
})
