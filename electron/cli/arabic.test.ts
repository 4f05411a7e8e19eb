import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Result } from '../core'
import { createTranslator } from '../core/shared/i18n/translator'
import { ONE_ERROR_LINE, startCli, tessera } from './testing/run-cli'

const ARABIC = { LANG: 'ar_SY.UTF-8' }
const ARABIC_LETTERS = /[\u0621-\u064A]/u
let dir: string
let project: string
let ids: string[]

function inArabic(...argv: string[]) {
  return startCli(argv, { env: ARABIC }).done
}

function inC(...argv: string[]) {
  return startCli(argv, { env: { LANG: 'C' } }).done
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-cli-arabic-'))
  project = join(dir, 'project')
  const texts = ['Shelling reported near Hama\nText.', 'قصف قرب حماة\nنص.', 'Army sends reinforcements\nText.']
  const paths = texts.map((_, i) => join(dir, `${i}.txt`))
  await Promise.all(texts.map((text, i) => writeFile(join(dir, `${i}.txt`), text)))
  expect((await tessera('import', '--project', project, ...paths)).code).toBe(0)
  ids = (JSON.parse((await tessera('list', '--project', project, '--json')).stdout) as Result<'documents.list'>).map((d) => d.id)
  // The import's first call starts its worker threads: slow on a busy machine.
}, 60_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('tessera with LANG=ar_SY.UTF-8', () => {
  it('prints its help in Arabic: headings, command descriptions, option details', async () => {
    const help = await inArabic('--help')
    expect(help).toMatchObject({ code: 0, stderr: '' })
    expect(help.stdout).toMatch(/^الاستخدام: tessera \[options\] \[command\]$/mu)
    expect(help.stdout).toContain('الأوامر:')
    // The command names and flags stay what is typed.
    expect(help.stdout).toMatch(/^ {2}list \[options\] +عرض مقالات مشروع/mu)
    expect(help.stdout).toMatch(/^ {2}-h, --help +عرض المساعدة عن الأمر$/mu)
    const exportHelp = await inArabic('export', '--help')
    expect(exportHelp.stdout).toContain('الخيارات:')
    expect(exportHelp.stdout).toMatch(/--format <format> +صيغة مجموعة البيانات \(القيم الممكنة: "jsonl"، "csv"/u)
    expect(exportHelp.stdout).toContain('الافتراضي:')
    expect(exportHelp.stdout).not.toMatch(/choices:|default:|Options:/u)
    const importHelp = await inArabic('import', '--help')
    expect(importHelp.stdout).toContain('بحد أقصى ٥٠ ميغابايت للملف')
  })

  it('says its usage errors in Arabic, on one line, with exit code 2', async () => {
    const unknown = await inArabic('lst')
    expect(unknown).toMatchObject({ code: 2, stdout: '', stderr: 'tessera: أمر غير معروف: «lst» (هل تقصد list؟)\n' })
    const missing = await inArabic('list')
    expect(missing).toMatchObject({ code: 2, stderr: 'tessera: الخيار «--project <dir>» مطلوب ولم يُذكر\n' })
    const none = await inArabic()
    expect(none.stderr).toBe('tessera: لم يُذكر أمر؛ شغّل tessera --help لعرض الأوامر.\n')
    const port = await inArabic('serve', '--port', '70000')
    expect(port.stderr).toBe('tessera: القيمة «70000» غير صالحة للخيار «--port <n>». المنفذ عدد صحيح من ٠ إلى ٦٥٥٣٥.\n')
  })

  it('prints a project’s summary and its document table in Arabic, with the user’s data as stored', async () => {
    const info = await inArabic('info', '--project', project)
    expect(info.code).toBe(0)
    expect(info.stdout).toContain(`المجلد: ${project}\n`)
    expect(info.stdout).toContain('المقالات: ٣\n  لم يبدأ: ٣\n  قيد العمل: ٠\n  مكتمل: ٠\n')
    const table = await inArabic('list', '--project', project)
    const [header, , arabicRow] = table.stdout.trimEnd().split('\n')
    expect(header).toBe('المعرّف\tالعنوان\tالمصدر\tالتاريخ\tالحالة\tالتعليقات التوضيحية')
    expect(arabicRow).toBe(`${ids[1]}\tقصف قرب حماة\t\t\tلم يبدأ\t٠`)
    // With TESSERA_DIGITS=latn, Western digits in the Arabic sentences.
    const latin = await startCli(['info', '--project', project], { env: { ...ARABIC, TESSERA_DIGITS: 'latn' } }).done
    expect(latin.stdout).toContain('المقالات: 3\n')
  })

  it('keeps machine output as it is: --json and the exported file', async () => {
    const json = await inArabic('list', '--project', project, '--json')
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse((await tessera('list', '--project', project, '--json')).stdout))
    const exported = await inArabic('export', '--project', project, '--format', 'jsonl')
    expect(exported.stdout).toBe((await tessera('export', '--project', project, '--format', 'jsonl')).stdout)
    expect(ARABIC_LETTERS.test(exported.stdout.replace(/قصف قرب حماة|نص\./gu, ''))).toBe(false)
  })

  it('sums up an export in Arabic on standard error', async () => {
    const out = join(dir, 'out.jsonl')
    const run = await inArabic('export', '--project', project, '--format', 'jsonl', '--out', out)
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(new RegExp(`^صُدِّر ٣ مقالات \\(jsonl، إزاحات codepoint\\) إلى ${out.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')} \\([٠-٩٬]+ بايت(ات|اً)?\\)\\.\n$`, 'u'))
  })

  it('fails in Arabic, on one line, when a removal names no project', async () => {
    const run = await inArabic('remove', '--project', join(dir, 'nothing-here'), 'x')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(ONE_ERROR_LINE)
    expect(run.stderr).toBe(`tessera: لا يحوي ${join(dir, 'nothing-here')} مشروع Tessera (لا يوجد project.json).\n`)
  })
})

describe('tessera with LANG=C', () => {
  it('prints the help and usage errors in English, as before', async () => {
    const help = await inC('--help')
    expect(help.stdout).toMatch(/^Usage: tessera \[options\] \[command\]$/mu)
    expect(help.stdout).toContain('\nOptions:\n  -V, --version                output the version number\n  -h, --help                   display help for command\n\nCommands:\n')
    expect(ARABIC_LETTERS.test(help.stdout)).toBe(false)
    const exportHelp = await inC('export', '--help')
    expect(exportHelp.stdout).toContain('(JavaScript) (choices:\n                        "codepoint", "utf16", default: "codepoint")')
    expect((await inC('lst')).stderr).toBe("tessera: unknown command 'lst' (Did you mean list?)\n")
    expect((await inC('list', 'extra', '--project', project)).stderr).toBe("tessera: too many arguments for 'list'. Expected 0 arguments but got 1.\n")
  })

  it('prints the summary and the table in English, as before', async () => {
    const { name, schemaVersion } = JSON.parse((await inC('info', '--project', project, '--json')).stdout) as { name: string; schemaVersion: number }
    const info = await inC('info', '--project', project)
    expect(info.stdout).toBe(`${name}\nfolder: ${project}\nschema version: ${schemaVersion}\ndocuments: 3\n  not started: 3\n  in progress: 0\n  done: 0\nannotations: 0\n  claim: 0\n  actor: 0\n  place: 0\n  figure: 0\n`)
    const table = await inC('list', '--project', project)
    expect(table.stdout.split('\n')[0]).toBe('id\ttitle\tsource\tdate\tstatus\tannotations')
  })
})

describe('the summary of a removal', () => {
  const arabic = createTranslator('ar')
  const english = createTranslator('en')
  const said = (translator: typeof arabic, documents: number) =>
    translator.t('cli.remove.deleted', { documents, annotations: documents, relations: documents, ids: 'a b' })

  it('says every count in English as the CLI always did ("1 document", "1,300 documents")', () => {
    expect(said(english, 0)).toBe('Deleted 0 documents with 0 annotations and 0 relations: a b')
    expect(said(english, 1)).toBe('Deleted 1 document with 1 annotation and 1 relation: a b')
    expect(said(english, 1300)).toBe('Deleted 1,300 documents with 1,300 annotations and 1,300 relations: a b')
  })

  it('gives each Arabic count its plural form, in Arabic-Indic digits', () => {
    expect(said(arabic, 0)).toBe('حُذف لا مقالات مع لا تعليقات توضيحية ولا علاقات: a b')
    expect(said(arabic, 1)).toBe('حُذف مقال واحد مع تعليق توضيحي واحد وعلاقة واحدة: a b')
    expect(said(arabic, 2)).toBe('حُذف مقالان مع تعليقين توضيحيين وعلاقتين: a b')
    expect(said(arabic, 3)).toBe('حُذف ٣ مقالات مع ٣ تعليقات توضيحية و٣ علاقات: a b')
    expect(said(arabic, 11)).toBe('حُذف ١١ مقالاً مع ١١ تعليقاً توضيحياً و١١ علاقة: a b')
    expect(said(arabic, 100)).toBe('حُذف ١٠٠ مقال مع ١٠٠ تعليق توضيحي و١٠٠ علاقة: a b')
  })
})
