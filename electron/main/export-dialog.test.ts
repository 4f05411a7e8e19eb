import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BaseWindow } from 'electron'
import { unzipSync } from 'fflate'
import { createCore, type Core } from '../core'
import { createTranslator } from '../core/shared/i18n/translator'
import { exportFile } from '../core/testing/export-file'

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn((name: string) => `/home/analyst/${name}`) },
  dialog: { showSaveDialog: vi.fn() }
}))
vi.mock('electron', () => electron)

const { exportProjectWithDialog } = await import('./export-dialog')
const english = createTranslator('en')

let base: string
let core: Core

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'tessera-export-'))
  core = await createCore({ projectDir: join(base, 'project'), resourcesDir: resolve('resources'), author: 'test', seedSample: true })
})
afterAll(async () => {
  core.close()
  await rm(base, { recursive: true, force: true })
})
beforeEach(() => vi.clearAllMocks())

describe('exportProjectWithDialog', () => {
  it("proposes the export's file name in Documents, with a filter for the format", async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    const { fileName } = await exportFile(core, { format: 'csv' })
    await exportProjectWithDialog(core, { format: 'csv' }, null, english)
    const [options] = electron.dialog.showSaveDialog.mock.calls[0] as [Record<string, unknown>]
    expect(electron.app.getPath).toHaveBeenCalledWith('documents')
    expect(options.defaultPath).toBe(join('/home/analyst/documents', fileName))
    expect(options.filters).toContainEqual({ name: 'CSV tables (ZIP)', extensions: ['zip'] })
  })

  it('names the dialog and its filters in the language the renderer shows', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    await exportProjectWithDialog(core, { format: 'csv' }, null, createTranslator('ar'))
    const [options] = electron.dialog.showSaveDialog.mock.calls[0] as [Record<string, unknown>]
    expect(options.title).toBe('تصدير بصيغة CSV')
    expect(options.filters).toEqual([
      { name: 'جداول CSV (ZIP)', extensions: ['zip'] },
      { name: 'كل الملفات', extensions: ['*'] }
    ])
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    await exportProjectWithDialog(core, { format: 'w3c' }, null, english)
    const [englishOptions] = electron.dialog.showSaveDialog.mock.calls[1] as [Record<string, unknown>]
    expect(englishOptions.title).toBe('Export as W3C')
    expect(englishOptions.filters).toEqual([
      { name: 'W3C Web Annotation (JSON-LD)', extensions: ['jsonld', 'json'] },
      { name: 'All files', extensions: ['*'] }
    ])
  })

  it('attaches the dialog to the window that asked', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    const parent = { id: 7 } as unknown as BaseWindow
    await exportProjectWithDialog(core, { format: 'jsonl' }, parent, english)
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(parent, expect.objectContaining({ filters: expect.arrayContaining([{ name: 'JSON Lines', extensions: ['jsonl'] }]) }))
  })

  it('writes nothing when the user cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    const before = await readdir(base)
    expect(await exportProjectWithDialog(core, { format: 'jsonl' }, null, english)).toEqual({ savedTo: null })
    expect(await readdir(base)).toEqual(before)
  })

  it('writes the export where the user chose and says where', async () => {
    const target = join(base, 'corpus.jsonl')
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    expect(await exportProjectWithDialog(core, { format: 'jsonl' }, null, english)).toMatchObject({ savedTo: target, documentCount: 5 })
    const expected = await exportFile(core, { format: 'jsonl' })
    expect(await readFile(target, 'utf8')).toBe(expected.content)
  })

  it('streams a multi-file format into the chosen ZIP, reporting progress up to every document', async () => {
    const target = join(base, 'corpus-brat.zip')
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    const progress: { done: number; total: number }[] = []
    const result = await exportProjectWithDialog(core, { format: 'brat' }, null, english, (p) => progress.push(p))
    expect(result).toMatchObject({ savedTo: target, documentCount: 5, report: { spansLeftOut: 0 } })
    expect(progress.at(-1)).toEqual({ done: 5, total: 5 })
    const names = Object.keys(unzipSync(await readFile(target)))
    expect(names.filter((n) => n.endsWith('.ann'))).toHaveLength(5)
    expect(names).toContain('annotation.conf')
  })
})
