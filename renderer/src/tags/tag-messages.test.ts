import { describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'

const en = createTranslator('en')
const ar = createTranslator('ar')
const COUNTS = [0, 1, 2, 3, 11, 100, 1234]

describe('deleting a tag in use', () => {
  it('reads in English exactly as before it was translated', () => {
    for (const count of COUNTS) {
      expect(en.t('tags.delete.used', { tag: 'Claim', count })).toBe(
        `Claim is used by ${count} annotation${count === 1 ? '' : 's'}. What should happen to ${count === 1 ? 'it' : 'them'}?`
      )
      expect(en.t('tags.delete.deleteAnnotations', { count })).toBe(`Delete the ${count} annotation${count === 1 ? '' : 's'}`)
    }
  })

  it('takes the Arabic form each count needs, in Arabic-Indic digits', () => {
    expect(COUNTS.slice(0, 6).map((count) => ar.t('tags.delete.used', { tag: 'ادعاء', count }))).toEqual([
      'الوسم ادعاء مستخدم في لا تعليقات توضيحية. ماذا تريد أن تفعل بها؟',
      'الوسم ادعاء مستخدم في تعليق توضيحي واحد. ماذا تريد أن تفعل به؟',
      'الوسم ادعاء مستخدم في تعليقين توضيحيين. ماذا تريد أن تفعل بهما؟',
      'الوسم ادعاء مستخدم في ٣ تعليقات توضيحية. ماذا تريد أن تفعل بها؟',
      'الوسم ادعاء مستخدم في ١١ تعليقاً توضيحياً. ماذا تريد أن تفعل بها؟',
      'الوسم ادعاء مستخدم في ١٠٠ تعليق توضيحي. ماذا تريد أن تفعل بها؟'
    ])
    expect([1, 2, 3].map((count) => ar.t('tags.delete.deleteAnnotations', { count }))).toEqual([
      'حذف التعليق التوضيحي',
      'حذف التعليقين التوضيحيين',
      'حذف التعليقات التوضيحية الـ٣'
    ])
  })

  it('numbers a new attribute in the interface’s digits', () => {
    expect(en.t('tags.attributes.defaultName', { n: 3 })).toBe('Attribute 3')
    expect(ar.t('tags.attributes.defaultName', { n: 3 })).toBe('سمة ٣')
  })
})
