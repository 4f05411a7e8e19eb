import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, toApiError, type Core } from './core'
import { documentFromText } from './documents/from-text'
import type { ApiError } from './shared/errors'
import { inEnglish, say, type Said } from './shared/i18n/said'
import { untranslatedWords } from './testing/untranslated'
import { createTranslator } from './shared/i18n/translator'
import { tagColourMismatch } from './shared/tags/contrast'
import { storeErrorFromErrno } from './store/errors'
import { ProjectStore } from './store/project-store'
import { RESOURCES_DIR, useTempDirs } from './testing/helpers'

/**
 * The core's own errors (annotations, tags, search, the store, locks) reach an Arabic reader in Arabic: the
 * only Latin text left is what the user or the file system named (isolated), and names that are not
 * translated (Tessera, JSON, tessera commands).
 */
const arabic = createTranslator('ar')

function latinLeftIn(text: string): string[] {
  return untranslatedWords(text, ['UTF-16', 'NUL'])
}

function inArabic(message: Said | undefined): string {
  if (!message) throw new Error('the error carries no message of the catalogue')
  const text = say(arabic, message)
  expect({ text, latin: latinLeftIn(text) }).toEqual({ text, latin: [] })
  return text
}

async function refusal(work: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await work.then(
    () => null,
    (caught: unknown) => caught
  )
  if (!error) throw new Error('expected a refusal')
  return toApiError(error)
}

const tempDir = useTempDirs()
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((core) => core.close()))

async function projectWithDocument(): Promise<{ dir: string; core: Core; documentId: string }> {
  const dir = await tempDir()
  const store = await ProjectStore.open(dir, { nameForNew: 'Hama week' })
  await store.addDocuments([documentFromText('hama.txt', 'Hama\n\nThe army entered Hama on Tuesday.', {}, 'hama')])
  store.close()
  const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'A' })
  cores.push(core)
  return { dir, core, documentId: 'hama' }
}

describe('the core says its errors in Arabic', () => {
  it('a span past the end of the text: Arabic with the numbers, the English message as before', async () => {
    const { core, documentId } = await projectWithDocument()
    const error = await refusal(core.call('annotations.create', { documentId, tag: 'place', start: 6, end: 900 }))
    expect(error.message).toBe('The span 6–900 runs past the end of the text (39 UTF-16 units).')
    expect(inArabic(error.said)).toBe('المقطع ٦–٩٠٠ يتجاوز نهاية النص (طول النص ٣٩ من وحدات UTF-16).')
  })

  it('a tag label already taken and an unknown tag name the user text in isolation', async () => {
    const { core } = await projectWithDocument()
    const taken = await refusal(core.call('tags.update', { tagId: 'actor', changes: { label: 'Place' } }))
    expect(taken.message).toBe('Another tag is already called "Place".')
    expect(inArabic(taken.said)).toBe('يوجد وسم آخر باسم «\u2068Place\u2069».')
    const unknown = await refusal(core.call('tags.delete', { tagId: 'planet', annotations: 'delete' }))
    expect(inArabic(unknown.said)).toContain('\u2068planet\u2069')
  })

  it('a regular expression Find cannot run says why in Arabic (the pattern error, through search.find)', async () => {
    const { core } = await projectWithDocument()
    const lookahead = await refusal(core.call('search.find', { query: 'Hama(?= on)', kind: 'regex' }))
    expect(lookahead.message).toBe('The pattern uses lookahead (?=…), which a linear-time search cannot run at character 5.')
    expect(inArabic(lookahead.said)).toContain('النظر إلى الأمام')
    const unclosed = await refusal(core.call('search.find', { query: '[abc', kind: 'regex' }))
    expect(inArabic(unclosed.said)).toBe('النمط ينقصه قوس إغلاق «]» عند الحرف ١.')
    const property = await refusal(core.call('search.find', { query: '\\p', kind: 'regex' }))
    expect(property.message).toBe('The pattern has an unfinished \\p{…} at character 1.')
    expect(inArabic(property.said)).toContain('\\p{…}')
  })

  it('input that does not fit counts the problems left out in Arabic plural forms', async () => {
    const { core } = await projectWithDocument()
    const files = Array.from({ length: 30 }, () => ({ name: 7 }))
    const error = await refusal(core.call('import.files', { files } as never))
    expect(error.message).toMatch(/; … and \d+ more problems$/)
    expect(inArabic(error.said)).toMatch(/؛ … و[٠-٩]+ مشكلةً أخرى$/)
  })

  it('a damaged document file: the quarantine, where it went and the way back, in Arabic', async () => {
    const { dir, core } = await projectWithDocument()
    core.close()
    await writeFile(join(dir, 'documents', 'hama.json'), '{"cut short')
    const reopened = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'A' })
    cores.push(reopened)
    const error = await refusal(reopened.call('documents.get', { documentId: 'hama' }))
    expect(error.code).toBe('unreadable')
    expect(error.message).toMatch(/hama\.json is not valid JSON: .* It was moved to .*, with a note of why\. No backup holds it yet\.$/)
    const text = inArabic(error.said)
    expect(text).toContain('ليس JSON صالحاً')
    expect(text).toContain('نُقل إلى')
    expect(text).toContain('لا تحمله أي نسخة احتياطية بعد.')
  })

  it('a project already open here: the lock refusal in Arabic, the folder named', async () => {
    const { dir } = await projectWithDocument()
    const error = await refusal(ProjectStore.open(dir))
    expect(error.code).toBe('locked')
    expect(inArabic(error.said)).toContain(`المشروع \u2068${dir}\u2069 مفتوح من قبل هنا`)
  })

  it('a full disk, named by its folder or as the project folder', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', path: '/data/hama/project.json' })
    expect(inArabic(toApiError(full).said)).toBe('القرص ممتلئ: تعذّر حفظ \u2068/data/hama\u2069. حرّر بعض المساحة ثم أعد المحاولة.')
    const nameless = toApiError(storeErrorFromErrno(Object.assign(new Error('EIO'), { code: 'EIO' }), 'x'))
    expect(inArabic(nameless.said)).toContain('خطأ في الإدخال والإخراج')
    expect(inEnglish(toApiError(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })).said ?? { key: 'common.verbatim' })).toBe(
      'The disk is full: could not save the project folder. Free some space, then try again.'
    )
  })

  it('an unreadable tag colour, as the tag dialog shows it before saving', () => {
    const problem = tagColourMismatch('#fde047')
    if (!problem) throw new Error('a pale yellow should be refused')
    expect(inEnglish(problem)).toMatch(/^The colour #fde047 would be hard to read: its underline is [\d.]+:1 against the light page \(needs 3:1\); .*\. Choose a darker colour\.$/)
    const text = inArabic(problem)
    expect(text).toContain('المظهر الداكن')
    expect(text).toContain('اختر لوناً أغمق.')
  })
})
