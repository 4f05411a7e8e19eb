import { afterEach, describe, expect, it } from 'vitest'
import { startCli } from './testing/run-cli'

/**
 * `tessera --help` builds no Intl object and parses no ICU message: the first of either loads the locale
 * data, tens of milliseconds on the path a user meets first. Messages needing neither are written plainly.
 */
describe('help text costs no locale data', () => {
  const constructors = ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'ListFormat', 'Locale'] as const
  const originals = constructors.map((name) => Intl[name])
  afterEach(() => constructors.forEach((name, i) => Object.assign(Intl, { [name]: originals[i] })))

  /** Counts every Intl object built from now on (a proxy, so what is built still works). */
  const intlUses = (): (() => string[]) => {
    const built: string[] = []
    for (const name of constructors) {
      const original = Intl[name] as unknown as new (...args: unknown[]) => object
      Object.assign(Intl, { [name]: new Proxy(original, { construct: (target, args: unknown[]) => (built.push(name), new target(...args)) }) })
    }
    return () => built
  }

  for (const language of ['en_GB.UTF-8', 'ar_SY.UTF-8']) {
    it(`in ${language}: the program's help and every command's`, async () => {
      const uses = intlUses()
      const run = (...argv: string[]) => startCli(argv, { env: { LANG: language } }).done
      const overview = await run('--help')
      expect(overview.stderr).toBe("")
      expect(overview.code).toBe(0)
      if (language.startsWith('ar')) expect(overview.stdout).toMatch(/[\u0600-\u06FF]/u)
      const commands = [...overview.stdout.matchAll(/^ {2}([a-z]+)\b/gmu)].map((match) => match[1] as string).filter((name) => name !== 'help')
      expect(commands.length).toBeGreaterThan(5)
      for (const command of commands) {
        const help = await run(command, '--help')
        expect(help.code, command).toBe(0)
      }
      expect(uses()).toEqual([])
    })
  }
})
