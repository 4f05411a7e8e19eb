import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { IntlMessageFormat } from 'intl-messageformat'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { initProject } from '../projects/init'
import { ApiError } from '../shared/errors'
import { catalogueOf, type MessageKey } from '../shared/i18n/catalogue'
import { inEnglish, said, say, type Said, type SaidValue } from '../shared/i18n/said'
import { createTranslator } from '../shared/i18n/translator'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { untranslatedWords } from '../testing/untranslated'
import { SETTINGS_FILE } from './settings'

const arabic = createTranslator('ar')
const english = catalogueOf('en')
/** The areas of the core whose refusals this part of the catalogue says (problems.<area>.*). */
const AREAS = ['entities', 'relations', 'workspace', 'projects', 'server', 'ipc']
/** Values that are messages of their own where they are used, said in Arabic in their place. */
const NESTED: Record<string, Said> = {
  why: said('problems.server.discovery.invalid'),
  size: said('problems.server.megabytes', { count: 50 }),
  problem: said('problems.relations.typeInvalid.unknown'),
  url: said('problems.ipc.unknownFrame')
}

/** Every placeholder of `message`: a count where it is counted or formatted as a number, else user text in Latin letters. */
function sampleValues(message: string): Record<string, SaidValue> {
  const values: Record<string, SaidValue> = {}
  const walk = (elements: ReturnType<IntlMessageFormat['getAst']>) => {
    for (const element of elements) {
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value)
      if (!('value' in element) || typeof element.value !== 'string' || element.type === 0) continue
      const counted = 'options' in element || element.type === 2
      values[element.value] = counted ? 3 : (NESTED[element.value] ?? 'Hama offensive')
    }
  }
  walk(new IntlMessageFormat(message, 'en').getAst())
  return values
}

describe('the workspace, project and server refusals in Arabic', () => {
  it('leave no English word in any message of theirs, user text apart', () => {
    const keys = (Object.keys(english) as MessageKey[]).filter((key) => AREAS.some((area) => key.startsWith(`problems.${area}.`)))
    expect(keys.length).toBeGreaterThan(60)
    const untranslated = keys.flatMap((key) => {
      const words = untranslatedWords(say(arabic, said(key, sampleValues(english[key]))))
      return words.length > 0 ? [{ key, words }] : []
    })
    expect(untranslated).toEqual([])
  })

  describe('through the app', () => {
    const tempDir = useTempDirs()
    const cores: Core[] = []
    afterEach(() => cores.splice(0).forEach((core) => core.close()))

    async function refusal(work: Promise<unknown>): Promise<ApiError & { said: Said }> {
      const error: unknown = await work.then(
        () => null,
        (e: unknown) => e
      )
      if (!(error instanceof ApiError) || !error.said) throw new Error(`expected a refusal with a message, got ${String(error)}`)
      return error as ApiError & { said: Said }
    }

    it('says why a folder cannot be opened, created in or worked on, naming the folder as it is', async () => {
      const data = await tempDir()
      const core = await createCore({ dataDir: data, resourcesDir: RESOURCES_DIR, author: 'os-user', authorConfirmed: true })
      cores.push(core)
      const empty = join(data, 'حماة reports')
      await mkdir(empty)

      const noProject = await refusal(core.call('documents.list', {}))
      expect(noProject.code).toBe('no-project')
      expect(say(arabic, noProject.said)).toBe('لا مشروع مفتوح: افتح مشروعاً أو أنشئ واحداً أولاً.')

      const notOne = await refusal(core.call('workspace.openProject', { dir: empty }))
      expect(notOne.message).toBe(`${empty} holds no Tessera project (no project.json): choose a project folder, or create a new project.`)
      expect(say(arabic, notOne.said)).toBe(`لا يحوي \u2068${empty}\u2069 مشروع Tessera (لا يوجد project.json): اختر مجلد مشروع، أو أنشئ مشروعاً جديداً.`)

      await core.call('workspace.createProject', { name: 'Hama', folder: empty })
      const taken = await refusal(core.call('workspace.createProject', { name: 'Again', folder: empty }))
      expect(say(arabic, taken.said)).toBe(`في \u2068${empty}\u2069 مشروع Tessera من قبل: افتحه بدلاً من إنشاء غيره.`)

      // tessera init refuses the same folder with the same words.
      const initAgain = await refusal(initProject(empty, 'Again'))
      expect(initAgain.message).toBe(`${empty} already holds a Tessera project; open it instead.`)
      expect(untranslatedWords(say(arabic, initAgain.said))).toEqual([])
      expect(inEnglish(initAgain.said)).toBe(initAgain.message)
    })

    it('tells the start screen in Arabic that settings.json was damaged and replaced by the defaults', async () => {
      const data = await tempDir()
      await writeFile(join(data, SETTINGS_FILE), '{"version":1,"author":')
      const core = await createCore({ dataDir: data, resourcesDir: RESOURCES_DIR, author: 'os-user' })
      cores.push(core)
      const { notice } = await core.call('workspace.state', {})
      if (!notice) throw new Error('the damaged settings.json went unreported')
      const path = join(data, SETTINGS_FILE)
      expect(inEnglish(notice)).toBe(`${path} is not valid JSON; Tessera starts with default settings and will replace it.`)
      expect(say(arabic, notice)).toBe(`ليس \u2068${path}\u2069 ملف JSON صالحاً؛ يبدأ Tessera بالإعدادات الافتراضية وسيستبدل به ملفاً جديداً.`)
    })
  })
})
