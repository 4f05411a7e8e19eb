import { describe, expect, it } from 'vitest'
import { createTranslator } from '../core/shared/i18n/translator'
import { translateUsageError } from './commander-errors'

const english = createTranslator('en')
const arabic = createTranslator('ar')

// Commander 14's own words ("error: " removed), as `tessera` printed them before the CLI spoke Arabic.
const COMMANDER_ERRORS: [string, string][] = [
  ["unknown command 'frobnicate'", 'أمر غير معروف: «frobnicate»'],
  ["unknown command 'lst'\n(Did you mean list?)", 'أمر غير معروف: «lst»\n(هل تقصد list؟)'],
  ["unknown option '--verbose'", 'خيار غير معروف: «--verbose»'],
  ["required option '--project <dir>' not specified", 'الخيار «--project <dir>» مطلوب ولم يُذكر'],
  ["missing required argument 'dir'", 'المُعامِل «dir» مطلوب ولم يُذكر'],
  ["option '--project <dir>' argument missing", 'الخيار «--project <dir>» يحتاج إلى قيمة'],
  ["too many arguments for 'list'. Expected 0 arguments but got 1.", 'مُعامِلات زائدة للأمر «list»: لا يأخذ مُعامِلات، وأُعطي ١.'],
  ["too many arguments for 'init'. Expected 1 argument but got 3.", 'مُعامِلات زائدة للأمر «init»: يأخذ مُعامِلاً واحداً، وأُعطي ٣.'],
  [
    "option '--format <format>' argument 'nope' is invalid. Allowed choices are jsonl, csv, w3c.",
    'القيمة «nope» غير صالحة للخيار «--format <format>». القيم المسموح بها: jsonl، csv، w3c.'
  ],
  ["option '--port <n>' argument 'abc' is invalid. المنفذ عدد صحيح.", 'القيمة «abc» غير صالحة للخيار «--port <n>». المنفذ عدد صحيح.']
]

describe("commander's usage errors in the user's language", () => {
  it('are byte for byte what commander wrote, in English', () => {
    for (const [message] of COMMANDER_ERRORS) expect(translateUsageError(`${message}\n`, english)).toBe(message)
  })

  it('are said in Arabic, names and values quoted as given', () => {
    for (const [message, said] of COMMANDER_ERRORS) expect(translateUsageError(message, arabic)).toBe(said)
  })

  it('leave a message they do not know as it is', () => {
    const unknown = "option '--a' cannot be used with option '--b'"
    expect(translateUsageError(unknown, arabic)).toBe(unknown)
  })

  it('read an unknown command of 100,000 spaces at once', () => {
    const started = performance.now()
    const name = `frob${' '.repeat(100_000)}x'`
    expect(translateUsageError(`unknown command '${name}'\n(Did you mean ${' '.repeat(100_000)}?)`, arabic)).toContain('أمر غير معروف')
    expect(translateUsageError(`option '${name}' argument '${name}' is invalid. ${' '.repeat(100_000)}`, arabic)).toContain('غير صالحة')
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
