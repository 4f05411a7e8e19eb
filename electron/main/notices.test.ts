import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../core'
import { said } from '../core/shared/i18n/said'
import { createTranslator } from '../core/shared/i18n/translator'

const electron = vi.hoisted(() => ({ dialog: { showErrorBox: vi.fn() }, app: {} }))
vi.mock('electron', () => electron)

const { showFailure } = await import('./notices')

describe('the desktop failure dialog', () => {
  it('says the core’s message in the window’s language, naming the folder as it is', () => {
    const error = new ApiError('invalid-input', said('problems.workspace.alreadyProject', { folder: '/home/zoë/Hama reports' }))
    showFailure('تعذّر على Tessera فتح المشروع', error, createTranslator('ar'))
    showFailure('Tessera cannot open the project', error, createTranslator('en'))
    expect(electron.dialog.showErrorBox.mock.calls).toEqual([
      ['تعذّر على Tessera فتح المشروع', 'في \u2068/home/zoë/Hama reports\u2069 مشروع Tessera من قبل: افتحه بدلاً من إنشاء غيره.'],
      ['Tessera cannot open the project', '/home/zoë/Hama reports already holds a Tessera project: open it instead.']
    ])
  })
})
