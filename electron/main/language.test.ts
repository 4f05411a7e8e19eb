import { describe, expect, it } from 'vitest'
import { DesktopLanguage } from './language'

describe('the language of the native menu and dialogs', () => {
  it('starts as the first of the OS’s preferred languages Tessera speaks, English otherwise', () => {
    expect(new DesktopLanguage(['ar-SY', 'en-GB']).current.language).toBe('ar')
    expect(new DesktopLanguage(['fr-FR', 'ar-EG']).current.language).toBe('ar')
    expect(new DesktopLanguage(['en-US', 'ar-SY']).current.language).toBe('en')
    expect(new DesktopLanguage([]).current.language).toBe('en')
    expect(new DesktopLanguage(['ar-SY']).current.digits).toBe('arab')
  })

  it('follows the renderer, saying whether anything changed (so the menu is rebuilt only then)', () => {
    const language = new DesktopLanguage(['en-GB'])
    expect(language.set('en', 'latn')).toBe(false)
    expect(language.set('ar', 'arab')).toBe(true)
    expect(language.current.t('desktop.menu.file')).toBe('ملف')
    expect(language.set('ar', 'arab')).toBe(false)
    expect(language.set('ar', 'latn')).toBe(true)
    expect(language.current.digits).toBe('latn')
    expect(language.set('en', 'latn')).toBe(true)
    expect(language.current.t('desktop.menu.file')).toBe('File')
  })
})
