import type { common as english } from '../en/common'

/** Arabic: words used across screens, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const common: Record<keyof typeof english, string> = {
  'common.articles': '{count, plural, zero {لا مقالات} one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالاً} other {# مقال}}',
  'common.undated': 'غير مؤرَّخ',
  'common.verbatim': '{text}',
  'common.cancel': 'إلغاء',
  'common.close': 'إغلاق',
  'common.save': 'حفظ',
  'common.delete': 'حذف',
  'common.ok': 'حسناً',
  'common.language': 'اللغة',
  'common.language.system': 'لغة النظام',
  'common.language.en': 'English',
  'common.language.ar': 'العربية',
  'common.digits': 'الأرقام',
  'common.digits.arab': 'أرقام عربية مشرقية (٠١٢)',
  'common.digits.latn': 'أرقام غربية (012)'
}
