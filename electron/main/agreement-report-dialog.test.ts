import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCore, type Core } from '../core'
import { createAgreementProject } from '../core/testing/agreement-project'

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn((name: string) => `/home/analyst/${name}`) },
  dialog: { showSaveDialog: vi.fn() }
}))
vi.mock('electron', () => electron)

const { exportAgreementReportWithDialog } = await import('./agreement-report-dialog')
const { createTranslator } = await import('../core/shared/i18n/translator')

let base: string
let core: Core

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'tessera-agreement-dialog-'))
  await createAgreementProject(join(base, 'project'))
  core = await createCore({ projectDir: join(base, 'project'), resourcesDir: resolve('resources'), author: 'test' })
})
afterAll(async () => {
  core.close()
  await rm(base, { recursive: true, force: true })
})
beforeEach(() => vi.clearAllMocks())

describe('exportAgreementReportWithDialog', () => {
  it("proposes the core's Markdown file name in Documents with a Markdown filter, and writes nothing when cancelled", async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    const before = await readdir(base)
    expect(await exportAgreementReportWithDialog(core, { format: 'markdown' }, null, createTranslator('en'))).toEqual({ savedTo: null })
    const [options] = electron.dialog.showSaveDialog.mock.calls[0] as [Record<string, unknown>]
    expect(options.defaultPath).toBe(join('/home/analyst/documents', (await core.call('agreement.report', { format: 'markdown' })).fileName))
    expect(options.filters).toContainEqual({ name: 'Markdown', extensions: ['md'] })
    expect(await readdir(base)).toEqual(before)
  })

  it('writes the figures of the selection shown, the same bytes agreement.report returns', async () => {
    const target = join(base, 'agreement.csv')
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    const query = { tags: ['actor'], format: 'csv' as const }
    expect(await exportAgreementReportWithDialog(core, query, null, createTranslator('en'))).toMatchObject({ savedTo: target, documentCount: 2 })
    const expected = (await core.call('agreement.report', query)).content
    expect(await readFile(target, 'utf8')).toBe(expected)
    expect((await core.call('agreement.report', { format: 'csv' })).content).not.toBe(expected)
  })
})
