import type { history as english } from '../en/history'

/** A placeholder for user text (a quote, a tag's or an entity's name), isolated so it keeps its own order in an Arabic sentence. */
const user = (name: string) => `\u2068{${name}}\u2069`

/**
 * Arabic: the history messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other).
 * What an action did is a verbal noun ("وسم …"), so it reads after «تراجع عن» and «تمت إعادة» alike.
 */
export const history: Record<keyof typeof english, string> = {
  'history.undo': 'تراجع عن {action}',
  'history.redo': 'إعادة {action}',
  'history.undid': 'تم التراجع عن {action}',
  'history.redid': 'تمت إعادة {action}',
  'history.andThen': '{first}، {rest}',

  'history.annotation.tag': `وسم «${user('quote')}» بالوسم ${user('tag')}`,
  'history.annotation.retag': `تغيير وسم «${user('quote')}» إلى ${user('tag')}`,
  'history.annotation.delete': `حذف «${user('quote')}»`,
  'history.annotation.resize': `تغيير حدود «${user('before')}» إلى «${user('after')}»`,
  'history.annotation.note': `تعديل الملاحظة على «${user('quote')}»`,
  'history.annotation.attribute': `ضبط ${user('attribute')} لـ«${user('quote')}»`,
  'history.annotation.tagAll': `وسم {count, plural, zero {لا شيء من التطابقات} one {التطابق الوحيد} two {التطابقَين كليهما} few {التطابقات الـ# كلها} many {التطابقات الـ# كلها} other {التطابقات الـ# كلها}} لـ«${user('quote')}» بالوسم ${user('tag')}`,

  'history.tag.add': `إضافة الوسم ${user('tag')}`,
  // Not «إعادة تسمية»: after «إعادة» (redo) the word would be said twice.
  'history.tag.rename': `تغيير اسم الوسم ${user('tag')} إلى ${user('newLabel')}`,
  'history.tag.recolour': `تغيير لون الوسم ${user('tag')}`,
  'history.tag.removeKey': `إزالة مفتاح الوسم ${user('tag')}`,
  'history.tag.setKey': `تعيين مفتاح الوسم ${user('tag')} إلى ${user('key')}`,
  'history.tag.attributes': `تعديل سمات الوسم ${user('tag')}`,
  'history.tag.guideline': `تعديل إرشاد الوسم ${user('tag')}`,
  'history.tag.edit': `تعديل الوسم ${user('tag')}`,
  'history.tag.move': `نقل الوسم ${user('tag')}`,
  'history.tag.delete': `حذف الوسم ${user('tag')} وتعليقاته التوضيحية`,
  'history.tag.deleteMoving': `حذف الوسم ${user('tag')} ونقل تعليقاته التوضيحية إلى ${user('target')}`,

  'history.entity.create': `إنشاء الكيان «${user('name')}»`,
  'history.entity.edit': `تعديل الكيان «${user('name')}»`,
  'history.entity.merge': `الدمج في «${user('name')}»`,
  'history.entity.delete': `حذف الكيان «${user('name')}»`,
  'history.entity.link': `ربط «${user('quote')}»`,
  'history.entity.unlink': `فك ربط «${user('quote')}»`,
  'history.entity.linkAll': `ربط كل مواضع «${user('name')}»`,
  'history.entity.linkMatches':
    'ربط {count, plural, zero {لا إشارات} one {إشارة واحدة} two {إشارتين} few {# إشارات} many {# إشارة} other {# إشارة}} بكيانات معروفة',
  'history.entity.rejectSuggestion': 'رفض اقتراح',

  'history.relation.addAttributedTo': 'إضافة علاقة (منسوب إلى)',
  'history.relation.addStatedIn': 'إضافة علاقة (مذكور في)',
  'history.relation.add': `إضافة علاقة (${user('type')})`,
  'history.relation.remove': 'إزالة علاقة',
  'history.importLayer': `استيراد ${user('file')} طبقةً`,
  'history.relation.editTypes': 'تعديل أنواع العلاقات',

  'history.document.markNotStarted': `تغيير حالة «${user('title')}» إلى «لم يبدأ»`,
  'history.document.markInProgress': `تغيير حالة «${user('title')}» إلى «قيد العمل»`,
  'history.document.markDone': `تغيير حالة «${user('title')}» إلى «مكتمل»`,
  'history.document.markDoneForMe': `تعليم «${user('title')}» مكتملًا لي`,
  'history.document.unmarkDoneForMe': `تعليم «${user('title')}» غير مكتمل لي`,
  'history.document.details': `تعديل تفاصيل «${user('title')}»`,
  'history.document.delete': `حذف المقال «${user('title')}»`,
  'history.document.deleteMany': '{count, plural, zero {حذف لا مقالات} one {حذف مقال واحد} two {حذف مقالين} few {حذف # مقالات} many {حذف # مقالاً} other {حذف # مقال}}',
  'history.document.setField': `ضبط ${user('field')} لـ«${user('title')}»`,
  'history.document.editFields': 'تعديل حقول المقالات'
}
