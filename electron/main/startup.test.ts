import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Core } from '../core'

const electron = vi.hoisted(() => ({ dialog: { showErrorBox: vi.fn() }, app: {} }))
vi.mock('electron', () => electron)

const { openProjectOrExplain } = await import('./startup')
const { createTranslator } = await import('../core/shared/i18n/translator')

let projectDir: string
const options = () => ({ projectDir, resourcesDir: resolve('resources'), author: 'test', seedSample: true })
const opened: Core[] = []

beforeAll(async () => {
  projectDir = await mkdtemp(join(tmpdir(), 'tessera-startup-'))
})
afterAll(async () => {
  for (const core of opened) core.close()
  await rm(projectDir, { recursive: true, force: true })
})
beforeEach(() => vi.clearAllMocks())

describe('openProjectOrExplain', () => {
  it('opens the project, seeded with the sample corpus, without any dialog', async () => {
    const core = await openProjectOrExplain(options(), createTranslator('en'))
    if (!core) throw new Error('the project did not open')
    opened.push(core)
    expect(await core.call('documents.list', {})).toHaveLength(5)
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled()
  })

  it('explains a locked project in one error box, without a stack trace, and returns null', async () => {
    const core = await openProjectOrExplain(options(), createTranslator('en'))
    expect(core).toBeNull()
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1)
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string]
    expect(title).toBe('Tessera cannot open the project')
    // The first test left it open in this very process, and the message says so (not "another process").
    expect(message).toContain('is already open here, in this Tessera')
    // eslint-disable-next-line regexp/no-super-linear-move -- the test's own error message, a line or two
    expect(message).not.toMatch(/\n\s+at /)
  })

  it('titles the error box in the language given (the OS’s, before the window has said its own)', async () => {
    expect(await openProjectOrExplain(options(), createTranslator('ar'))).toBeNull()
    expect(electron.dialog.showErrorBox.mock.calls[0]?.[0]).toBe('تعذّر على Tessera فتح المشروع')
  })
})
