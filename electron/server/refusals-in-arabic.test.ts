import { chmod, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { canSay, say } from '../core/shared/i18n/said'
import { createTranslator } from '../core/shared/i18n/translator'
import { untranslatedWords } from '../core/testing/untranslated'
import { DISCOVERY_FILE, readDiscoveryFile } from './discovery'
import { envelope, request, serveTestProject, type Reply, type ServedProject } from './testing/served-project'

const arabic = createTranslator('ar')
let served: ServedProject
beforeAll(async () => {
  served = await serveTestProject({ maxBodyBytes: 64 * 1024 })
})
afterAll(async () => {
  await served.dispose()
})

/** The refusal as the browser tab shows it in the Arabic interface (errorText says `said`), with its English beside. */
function refusalOf(reply: Reply): { english: string; arabic: string } {
  const body = envelope(reply)
  if (body.ok) throw new Error(`expected a refusal, got ${reply.text}`)
  if (!canSay(arabic, body.error.said)) throw new Error(`the refusal carries no message to say: ${reply.text}`)
  return { english: body.error.message, arabic: say(arabic, body.error.said) }
}

describe('browser mode refusals in the Arabic interface', () => {
  it('say the refusals the server makes itself in Arabic, the English message kept for logs', async () => {
    const port = served.server.port
    const auth = { Authorization: `Bearer ${served.server.token}` }
    const noToken = refusalOf(await request(port, { method: 'POST', path: '/api/documents.list', headers: { 'Content-Type': 'application/json' }, body: '{}' }))
    expect(noToken.english).toBe('A valid Authorization: Bearer token is required.')
    expect(noToken.arabic).toBe('يلزم رمز وصول صالح في الترويسة Authorization: Bearer.')

    const tooLarge = refusalOf(await request(port, { method: 'POST', path: '/api/documents.list', headers: { ...auth, 'Content-Type': 'application/json' }, body: `"${'x'.repeat(70_000)}"` }))
    expect(tooLarge.english).toBe('The request body is larger than 65536 bytes.')
    expect(tooLarge.arabic).toBe('محتوى الطلب أكبر من ٦٥٬٥٣٦ بايتاً.')

    const wrongMethod = refusalOf(await request(port, { method: 'PUT', path: '/' }))
    expect(wrongMethod.english).toBe('This address only answers GET and HEAD.')
    expect(wrongMethod.arabic).toBe('لا يجيب هذا العنوان إلا عن \u2068\u2068GET\u2069 و\u2068HEAD\u2069\u2069.')

    const badJson = refusalOf(await request(port, { method: 'POST', path: '/api/documents.list', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{"' }))
    // JSON.parse's own words are quoted as they are, set apart from the Arabic sentence.
    expect(badJson.arabic).toMatch(/^محتوى الطلب ليس JSON صالحاً: \u2068.+\u2069$/u)
    for (const refusal of [noToken, tooLarge, wrongMethod, badJson]) expect(untranslatedWords(refusal.arabic)).toEqual([])
  })

  it('say why a discovery file is not trusted in Arabic, for the CLI', async () => {
    const path = join(served.projectDir, DISCOVERY_FILE)
    await writeFile(path, '{}')
    await chmod(path, 0o644)
    const { problem } = await readDiscoveryFile(served.projectDir)
    if (!problem) throw new Error('a file others can read was trusted')
    expect(say(arabic, problem)).toBe(`تُجوهل \u2068${path}\u2069: فبوسع مستخدمين آخرين قراءته أو تغييره (الصلاحيات \u20680644\u2069؛ ويجب أن تكون 0600).`)
  })
})
