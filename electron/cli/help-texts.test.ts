import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { MessageKey } from '../core/shared/i18n/catalogue'
import type * as TranslatorModule from '../core/shared/i18n/translator'

// Every message the CLI translates, in order: a message is parsed on its first translation.
const translated = vi.hoisted(() => [] as string[])
vi.mock('../core/shared/i18n/translator', async (importOriginal) => {
  const original = await importOriginal<typeof TranslatorModule>()
  return {
    ...original,
    createTranslator: (...args: Parameters<typeof original.createTranslator>) => {
      const translator = original.createTranslator(...args)
      return { ...translator, t: (key: MessageKey, values?: Record<string, string | number | Date>) => (translated.push(key), translator.t(key, values)) }
    }
  }
})

const { startCli, tessera } = await import('./testing/run-cli')

let dir: string
let project: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-cli-help-'))
  project = join(dir, 'project')
  await writeFile(join(dir, 'a.txt'), 'A title\nText.')
  expect((await tessera('import', '--project', project, join(dir, 'a.txt'))).code).toBe(0)
}, 60_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the CLI’s help texts', () => {
  it('are not translated (nor parsed) by a command that prints no help', async () => {
    translated.length = 0
    const run = await startCli(['list', '--project', project, '--json'], { env: { LANG: 'ar_SY.UTF-8' } }).done
    expect(run.code).toBe(0)
    expect(translated).toEqual([])
    const table = await startCli(['list', '--project', project], { env: { LANG: 'ar_SY.UTF-8' } }).done
    expect(table.code).toBe(0)
    expect(new Set(translated)).toEqual(new Set(['cli.list.id', 'cli.list.title', 'cli.list.source', 'cli.list.date', 'cli.list.status', 'cli.list.annotations', 'cli.status.not-started']))
  })

  it('are translated when help is printed: those of the command asked about, not every command’s', async () => {
    translated.length = 0
    const run = await startCli(['list', '--help'], { env: { LANG: 'ar_SY.UTF-8' } }).done
    expect(run.code).toBe(0)
    expect(translated).toContain('cli.list.description')
    expect(translated).toContain('cli.option.jsonColumns')
    expect(translated.filter((key) => key.startsWith('cli.import.') || key.startsWith('cli.export.'))).toEqual([])
  })
})
