import { expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
import { saveStatus } from './save-status'

const english = createTranslator('en')
const arabic = createTranslator('ar')
const idle = { connected: true, writesInFlight: 0, savedAt: null, projectLoaded: true }

it('says all changes are saved for a project that already holds annotations, and nothing yet only for one that holds none', () => {
  expect(saveStatus(english, idle, true)).toEqual({ state: 'saved', text: 'All changes saved' })
  expect(saveStatus(english, idle, false).text).toBe('No changes yet')
  expect(saveStatus(english, { ...idle, writesInFlight: 1 }, true).text).toBe('Saving…')
  expect(saveStatus(english, { ...idle, connected: false }, true)).toEqual({ state: 'disconnected', text: 'Disconnected — changes cannot be saved' })
})

it('gives the time of the last save to the minute, in Arabic with Arabic-Indic digits unless Western ones were chosen', () => {
  const savedAt = new Date(2026, 11, 7, 9, 5)
  expect(saveStatus(english, { ...idle, savedAt }).text).toBe('Saved 09:05')
  expect(saveStatus(arabic, { ...idle, savedAt }).text).toMatch(/^حُفظ في ٠٩:٠٥/u)
  expect(saveStatus(createTranslator('ar', 'latn'), { ...idle, savedAt }).text).toMatch(/^حُفظ في 09:05/u)
  expect(saveStatus(arabic, { ...idle, writesInFlight: 2 }).text).toBe('جارٍ الحفظ…')
  expect(saveStatus(arabic, { ...idle, connected: false }).text).toBe('انقطع الاتصال — لا يمكن حفظ التغييرات')
})

it('says the project is being opened until it is in, never "No changes yet" or "All changes saved" meanwhile; a lost server first', () => {
  const opening = { ...idle, projectLoaded: false }
  expect(saveStatus(english, opening, false)).toEqual({ state: 'opening', text: 'Opening the project…' })
  expect(saveStatus(english, opening, true)).toEqual({ state: 'opening', text: 'Opening the project…' })
  expect(saveStatus(arabic, opening, false)).toEqual({ state: 'opening', text: 'جارٍ فتح المشروع…' })
  expect(saveStatus(english, { ...opening, connected: false }).state).toBe('disconnected')
})
