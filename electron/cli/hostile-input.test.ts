/* eslint-disable no-control-regex -- the test looks for control characters on purpose */
import { execFileSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ONE_ERROR_LINE, tessera } from './testing/run-cli'
import { forTerminal } from './terminal-text'

let dir: string
let project: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-hostile-'))
  project = join(dir, 'project')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const CLEAR_SCREEN = '\u001b[2J\u001b[H'
const WINDOW_TITLE = '\u001b]0;pwned\u0007'
const HIDDEN_LINK = '\u001b]8;;https://evil.example/\u001b\\click here\u001b]8;;\u001b\\'
const HOSTILE_TITLE = `${CLEAR_SCREEN}Hama ${WINDOW_TITLE}shelling ${HIDDEN_LINK} \u009b31m🇸🇾 حماة\u0008`

/** No ESC, no C1, no other C0 but the line feeds that end lines. */
function isTerminalSafe(text: string): boolean {
  return !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(text)
}

describe('tessera import: only regular files, within the size limit', () => {
  it('refuses /dev/zero at once, naming it, and creates no project', async () => {
    const run = await tessera('import', '--project', project, '/dev/zero')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(ONE_ERROR_LINE)
    expect(run.stderr).toContain('/dev/zero is not a regular file (a device)')
    await expect(stat(project)).rejects.toThrow(/ENOENT/)
  })

  it('refuses a FIFO instead of waiting for a writer', async () => {
    const fifo = join(dir, 'article.txt')
    execFileSync('mkfifo', [fifo])
    const run = await tessera('import', '--project', project, fifo)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(`tessera: could not import 1 of 1 file(s); the first: ${fifo} is not a regular file (a FIFO): Tessera reads only plain files.\n`)
  })

  it('refuses a file over 50 MB before reading it, stating the limit', async () => {
    const big = join(dir, 'big.txt')
    await writeFile(big, '')
    execFileSync('truncate', ['-s', `${50 * 1024 * 1024 + 1}`, big])
    const run = await tessera('import', '--project', project, big)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`${big} is too large (50 MB; the limit is 50 MB)`)
    expect(run.stdout).toContain(`Failed ${big}: is too large (50 MB; the limit is 50 MB)`)
  })

  it('follows a symlink to a regular file', async () => {
    await writeFile(join(dir, 'real.txt'), 'Linked article\nBody.')
    await symlink(join(dir, 'real.txt'), join(dir, 'link.txt'))
    const run = await tessera('import', '--project', project, join(dir, 'link.txt'))
    expect(run).toMatchObject({ code: 0, stdout: `Imported ${join(dir, 'link.txt')}: Linked article\nImported 1, skipped 0 (duplicates), failed 0.\n` })
  })
})

describe('terminal escape sequences in user text', () => {
  it('strips them from list and the import report, and keeps --json exact', async () => {
    const file = join(dir, 'hostile.txt')
    await writeFile(file, `${HOSTILE_TITLE}\nBody.`)
    const imported = await tessera('import', '--project', project, file)
    expect(imported.code).toBe(0)
    expect(isTerminalSafe(imported.stdout)).toBe(true)
    expect(imported.stdout).toBe(`Imported ${file}: Hama shelling click here 🇸🇾 حماة\uFFFD\nImported 1, skipped 0 (duplicates), failed 0.\n`)
    const table = await tessera('list', '--project', project)
    expect(isTerminalSafe(table.stdout.replace(/\t/g, ''))).toBe(true)
    expect(table.stdout.split('\n')[1]?.split('\t').slice(1)).toEqual(['Hama shelling click here 🇸🇾 حماة\uFFFD', '', '', 'not started', '0'])
    const json = await tessera('list', '--project', project, '--json')
    const [listed] = JSON.parse(json.stdout) as { title: string }[]
    expect(listed?.title).toBe(HOSTILE_TITLE)
  })

  it('strips them from error messages that quote a file name', async () => {
    const run = await tessera('import', '--project', project, join(dir, `missing${WINDOW_TITLE}${CLEAR_SCREEN}.txt`))
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(ONE_ERROR_LINE)
    expect(isTerminalSafe(run.stderr)).toBe(true)
    expect(run.stderr).toBe(`tessera: could not import 1 of 1 file(s); the first: ${join(dir, 'missing.txt')} does not exist.\n`)
    expect(isTerminalSafe(run.stdout)).toBe(true)
  })

  it('removes OSC strings whatever ends them, and C1 controls', () => {
    expect(forTerminal('a\u001b]0;title\u001b\\b\u009d8;;x\u009cc\u0085d')).toBe('abc\uFFFDd')
    expect(forTerminal('tab\there\nline')).toBe('tab\there\nline')
    expect(forTerminal('tab\there\nline', false)).toBe('tab\uFFFDhere\uFFFDline')
  })
})

describe('tessera export --out: only to a regular file outside the project', () => {
  beforeEach(async () => {
    await writeFile(join(dir, 'a.txt'), 'Article\nBody.')
    expect((await tessera('import', '--project', project, join(dir, 'a.txt'))).code).toBe(0)
  })

  it('refuses a FIFO and a folder, leaving them as they were', async () => {
    const fifo = join(dir, 'out.fifo')
    execFileSync('mkfifo', [fifo])
    const toFifo = await tessera('export', '--project', project, '--format', 'jsonl', '--out', fifo)
    expect(toFifo.code).toBe(1)
    expect(toFifo.stderr).toBe(`tessera: Cannot export to ${fifo}: it exists and is not a regular file (a device, FIFO or socket).\n`)
    expect((await stat(fifo)).isFIFO()).toBe(true)
    const folder = join(dir, 'folder')
    await mkdir(folder)
    const toFolder = await tessera('export', '--project', project, '--format', 'csv', '--out', folder)
    expect(toFolder.stderr).toContain('(a folder)')
    expect((await stat(folder)).isDirectory()).toBe(true)
  })

  it('refuses a path inside the project folder, also through a symlink, and leaves project.json intact', async () => {
    const before = await readFile(join(project, 'project.json'), 'utf8')
    const direct = await tessera('export', '--project', project, '--format', 'jsonl', '--out', join(project, 'project.json'))
    expect(direct.code).toBe(1)
    expect(direct.stderr).toContain('is inside the project folder')
    await symlink(project, join(dir, 'alias'))
    for (const out of [join(dir, 'alias', 'project.json'), join(dir, 'alias', 'documents', 'new.jsonl')]) {
      const run = await tessera('export', '--project', project, '--format', 'jsonl', '--out', out)
      expect(run.stderr, out).toContain('is inside the project folder')
    }
    expect(await readFile(join(project, 'project.json'), 'utf8')).toBe(before)
  })

  it('keeps the permissions of the file it replaces', async () => {
    const out = join(dir, 'shared.jsonl')
    await writeFile(out, 'old')
    await chmod(out, 0o640)
    const run = await tessera('export', '--project', project, '--format', 'jsonl', '--out', out)
    expect(run.code).toBe(0)
    expect((await stat(out)).mode & 0o7777).toBe(0o640)
    expect(await readFile(out, 'utf8')).toContain('"title":"Article"')
  })
})
