import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../testing/helpers'
import { inEnglish, say } from '../shared/i18n/said'
import { createTranslator } from '../shared/i18n/translator'
import { untranslatedWords } from '../testing/untranslated'
import { withRecent, withoutRecent, RECENT_LIMIT, type RecentProject } from '../shared/workspace/recent'
import { DEFAULT_SETTINGS, readSettings, SETTINGS_FILE, writeSettings } from './settings'

const tempDir = useTempDirs()

const entry = (dir: string, openedAt = '2026-01-01T00:00:00.000Z'): RecentProject => ({ dir, name: dir, openedAt })

describe('recent projects', () => {
  it('puts the project just opened first and keeps one entry per folder', () => {
    let list: RecentProject[] = []
    for (const dir of ['/p/a', '/p/b', '/p/c', '/p/a/']) list = withRecent(list, entry(dir))
    expect(list.map((item) => item.dir)).toEqual(['/p/a/', '/p/c', '/p/b'])
  })

  it('is bounded: the oldest drop off the end', () => {
    let list: RecentProject[] = []
    for (let n = 0; n < RECENT_LIMIT + 5; n += 1) list = withRecent(list, entry(`/p/${n}`))
    expect(list).toHaveLength(RECENT_LIMIT)
    expect(list[0]?.dir).toBe(`/p/${RECENT_LIMIT + 4}`)
    expect(list.at(-1)?.dir).toBe('/p/5')
  })

  it('forgets a folder however its path ends', () => {
    const list = [entry('/p/حماة 🙂'), entry('/p/b')]
    expect(withoutRecent(list, '/p/حماة 🙂/').map((item) => item.dir)).toEqual(['/p/b'])
  })
})

describe('settings.json', () => {
  it('gives the defaults when there is no file yet, without a problem to report', async () => {
    expect(await readSettings(await tempDir())).toEqual({ settings: DEFAULT_SETTINGS, problem: null })
  })

  it('round-trips the author, the recent list and the last project, names with emoji and Arabic included', async () => {
    const dir = join(await tempDir(), 'not yet made')
    const settings = { version: 1 as const, author: 'Zoë حداد 🙂', recentProjects: [entry('/p/🇸🇾 campaign')], lastProjectDir: '/p/🇸🇾 campaign' }
    await writeSettings(dir, settings)
    expect((await readSettings(dir)).settings).toEqual(settings)
  })

  for (const [what, content] of [
    ['truncated JSON', '{"version":1,"author":"A'],
    ['a wrong shape', '{"version":1,"author":42,"recentProjects":[],"lastProjectDir":null}'],
    ['binary garbage', '\u0000\u00ff\u0001'],
    ['a future version', '{"version":9,"author":null,"recentProjects":[],"lastProjectDir":null}']
  ] as const) {
    it(`a damaged file (${what}) gives the defaults and a problem naming the file`, async () => {
      const dir = await tempDir()
      await mkdir(dir, { recursive: true })
      await writeFile(join(dir, SETTINGS_FILE), content)
      const loaded = await readSettings(dir)
      expect(loaded.settings).toEqual(DEFAULT_SETTINGS)
      expect(loaded.problem && inEnglish(loaded.problem)).toContain(join(dir, SETTINGS_FILE))
    })
  }

  it('names the problem of a damaged file in Arabic too, the file and the parser’s words set apart', async () => {
    const dir = join(await tempDir(), 'حماة data')
    await mkdir(dir, { recursive: true })
    const path = join(dir, SETTINGS_FILE)
    await writeFile(path, '{"version":1,"author":"A')
    const notJson = (await readSettings(dir)).problem
    await writeFile(path, '{"version":1,"author":42,"recentProjects":[],"lastProjectDir":null}')
    const wrongShape = (await readSettings(dir)).problem
    if (!notJson || !wrongShape) throw new Error('a damaged settings file was read without a problem')
    const arabic = createTranslator('ar')
    expect(say(arabic, notJson)).toBe(`ليس \u2068${path}\u2069 ملف JSON صالحاً؛ يبدأ Tessera بالإعدادات الافتراضية وسيستبدل به ملفاً جديداً.`)
    expect(inEnglish(wrongShape)).toMatch(/ does not hold valid settings \(author: .+\); Tessera starts with default settings and will replace it\.$/u)
    expect(say(arabic, wrongShape)).toMatch(/^لا يحوي \u2068.+\u2069 إعدادات صالحة \(\u2068author\u2069: \u2068.+\u2069\)؛/u)
    expect(untranslatedWords(say(arabic, wrongShape))).toEqual([])
  })

  it('is replaced whole by a write, never left half-written', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, SETTINGS_FILE), 'garbage')
    await writeSettings(dir, { ...DEFAULT_SETTINGS, author: 'B' })
    expect(JSON.parse(await readFile(join(dir, SETTINGS_FILE), 'utf8'))).toMatchObject({ author: 'B' })
  })
})
