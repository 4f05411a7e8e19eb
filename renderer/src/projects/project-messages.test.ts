import { expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'

const english = createTranslator('en')
const arabic = createTranslator('ar')

it('counts unreadable documents in Project settings: English as before, Arabic in its six plural forms with Arabic-Indic digits', () => {
  expect([1, 3, 1200].map((count) => english.t('projects.stats.unreadable', { count }))).toEqual(['(1 unreadable)', '(3 unreadable)', '(1,200 unreadable)'])
  expect([0, 1, 2, 3, 11, 100].map((count) => arabic.t('projects.stats.unreadable', { count }))).toEqual([
    '(لا مقالات غير مقروءة)',
    '(مقال واحد غير مقروء)',
    '(مقالان غير مقروءين)',
    '(٣ مقالات غير مقروءة)',
    '(١١ مقالاً غير مقروء)',
    '(١٠٠ مقال غير مقروء)'
  ])
  expect(createTranslator('ar', 'latn').t('projects.stats.unreadable', { count: 11 })).toBe('(11 مقالاً غير مقروء)')
})

it('keeps a project’s name whole inside an Arabic sentence and unchanged in English', () => {
  expect(english.t('projects.start.summary.open', { name: 'Hama 2024' })).toBe('Projects: one per investigation. Open now: Hama 2024.')
  expect(arabic.t('projects.start.summary.open', { name: 'Hama 2024' })).toBe('المشاريع: مشروع لكل تحقيق. المفتوح الآن: \u2068Hama 2024\u2069.')
  expect(english.t('projects.recent.remove.label', { name: 'حماة' })).toBe('Remove حماة from the recent list')
})

it('says what tagging and deleting did with the quote in straight quotes in English, guillemets in Arabic', () => {
  expect(english.t('shell.tagged', { quote: 'Hama', tag: 'Place' })).toBe("Tagged 'Hama' as Place")
  expect(english.t('shell.deleted', { quote: 'it’s {odd}' })).toBe("Deleted 'it’s {odd}'")
  expect(arabic.t('shell.tagged', { quote: 'حماة', tag: 'Place' })).toBe('وُسم «\u2068حماة\u2069» بالوسم \u2068Place\u2069')
  expect(english.t('shell.pane.documents.count', { count: 12 })).toBe('Documents, 12')
  expect(arabic.t('shell.pane.documents.count', { count: 12 })).toBe('المقالات، ١٢')
})
