import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
import { ApiCallError, errorText } from './client'
import { createHttpClient } from './http-client'

const english = createTranslator('en')
const arabic = createTranslator('ar')

/** The failure a call ends with, for reading it in both languages. */
async function failureOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => expect.fail('the call should have failed'),
    (error: unknown) => error
  )
}

describe('what the user reads when the browser-mode server fails', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('a server that is gone: the same English as before, Arabic in an Arabic interface', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
    const error = await failureOf(createHttpClient('token').call('documents.list', {}))
    expect(error).toBeInstanceOf(ApiCallError)
    expect((error as ApiCallError).message).toBe(
      'Tessera’s server is not reachable: it may have been stopped. Start Tessera again the way you started it, then reload this page.'
    )
    expect(errorText(error, english)).toBe((error as ApiCallError).message)
    expect(errorText(error, arabic)).toBe('تعذّر الوصول إلى خادم Tessera: ربما أُوقف. شغّل Tessera من جديد بالطريقة التي شغّلته بها، ثم أعد تحميل هذه الصفحة.')
  })

  it('an answer without a result names its status code in either language', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 })))
    const error = await failureOf(createHttpClient('token').call('documents.list', {}))
    expect(errorText(error, english)).toBe('The server answered 502 without a result.')
    expect(errorText(error, arabic)).toBe('أجاب الخادم بالرمز 502 من دون نتيجة.')
  })

  it('the core’s own message is shown as it came (it stays English for now); anything else as text', () => {
    const fromCore = new ApiCallError({ code: 'not-found', message: 'No document “حماة” in this project' })
    expect(errorText(fromCore, arabic)).toBe('No document “حماة” in this project')
    expect(errorText(new Error('disk full'), arabic)).toBe('disk full')
    expect(errorText('timeout', english)).toBe('timeout')
  })
})
