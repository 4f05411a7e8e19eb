import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCore, type Core, type Input } from '../core'

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn((name: string) => `/home/analyst/${name}`) },
  dialog: { showSaveDialog: vi.fn() }
}))
vi.mock('electron', () => electron)

const { exportClaimsCsvWithDialog } = await import('./claims-csv-dialog')
const { createTranslator } = await import('../core/shared/i18n/translator')

let base: string
let core: Core

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'tessera-claims-csv-'))
  core = await createCore({ projectDir: join(base, 'project'), resourcesDir: resolve('resources'), author: 'test', seedSample: true })
  // A claim in each of two outlets, each spanning the headline and the next paragraph's start (a line break inside a CSV field).
  for (const summary of (await core.call('documents.list', {})).slice(0, 2)) {
    const { text } = await core.call('documents.get', { documentId: summary.id })
    const end = text.indexOf('\n\n') > 0 ? text.indexOf('\n\n') + 12 : 40
    await core.call('annotations.create', { documentId: summary.id, tag: 'claim', start: 0, end })
  }
})
afterAll(async () => {
  core.close()
  await rm(base, { recursive: true, force: true })
})
beforeEach(() => vi.clearAllMocks())

describe('exportClaimsCsvWithDialog', () => {
  it("proposes the core's file name in Documents with a CSV filter, and writes nothing when cancelled", async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    const before = await readdir(base)
    expect(await exportClaimsCsvWithDialog(core, { sort: { by: 'date', direction: 'asc' } }, null, createTranslator('en'))).toEqual({ savedTo: null })
    const [options] = electron.dialog.showSaveDialog.mock.calls[0] as [Record<string, unknown>]
    expect(options.defaultPath).toBe(join('/home/analyst/documents', (await core.call('views.claimsCsv', {})).fileName))
    expect(options.filters).toContainEqual({ name: 'CSV', extensions: ['csv'] })
    expect(await readdir(base)).toEqual(before)
  })

  it("writes the table as the view shows it (the same filters and order), replacing an older file whole", async () => {
    const [first] = await core.call('documents.list', {})
    const outlet = first?.source ?? ''
    const target = join(base, 'claims.csv')
    await writeFile(target, 'an older, longer export '.repeat(100))
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    const query: Input<'views.claimsCsv'> = { outlets: [outlet], sort: { by: 'text', direction: 'desc' } }
    const result = await exportClaimsCsvWithDialog(core, query, null, createTranslator('en'))
    expect(result).toMatchObject({ savedTo: target, documentCount: 1 })
    const written = await readFile(target, 'utf8')
    expect(written).toBe((await core.call('views.claimsCsv', query)).content)
    expect(written.trim().split('\r\n').filter((line) => line.includes(outlet))).not.toHaveLength(0)
    expect((await core.call('views.claimsCsv', {})).content).not.toBe(written)
  })

  it('refuses a file inside the project folder, naming it, and leaves the project as it was', async () => {
    const inside = join(base, 'project', 'project.json')
    const before = await readFile(inside, 'utf8')
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: inside })
    await expect(exportClaimsCsvWithDialog(core, {}, null, createTranslator('en'))).rejects.toThrow(/inside the project folder/)
    expect(await readFile(inside, 'utf8')).toBe(before)
  })
})
