import { expect, it } from 'vitest'
import { saveStatus } from './save-status'

it('says all changes are saved for a project that already holds annotations, and nothing yet only for one that holds none', () => {
  const idle = { connected: true, writesInFlight: 0, savedAt: null }
  expect(saveStatus(idle, true)).toEqual({ state: 'saved', text: 'All changes saved' })
  expect(saveStatus(idle, false).text).toBe('No changes yet')
  expect(saveStatus({ ...idle, writesInFlight: 1 }, true).text).toBe('Saving…')
  expect(saveStatus({ ...idle, connected: false }, true).state).toBe('disconnected')
})
