import type { documents as english } from '../en/documents'

/** A placeholder for user text, isolated (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE) so a Latin title keeps its order in an Arabic sentence. */
const user = (name: string) => `\u2068{${name}}\u2069`

/** Arabic: the documents messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const documents: Record<keyof typeof english, string> = {
  'documents.status.notStarted': 'لم يبدأ',
  'documents.status.inProgress': 'قيد العمل',
  'documents.status.done': 'مكتمل',
  'documents.unknownOutlet': 'مصدر غير معروف',
  'documents.saving': 'جارٍ الحفظ…',
  'documents.revert': 'إرجاع',

  'documents.pane': 'المقالات',
  'documents.pane.countFiltered': '{shown, number} من {total, number}',
  'documents.pane.heading': 'المقالات، {total, number}',
  'documents.pane.headingFiltered': 'المقالات، {shown, number} من {total, number}',
  'documents.list.noMatch': 'لا مقال يطابق عوامل التصفية هذه.',
  'documents.list.loading': 'جارٍ قراءة مقالات المشروع…',
  'documents.list.select': `تحديد ${user('title')}`,
  'documents.list.separator': '، ',
  'documents.list.annotationCount':
    '{count, plural, zero {لا تعليقات توضيحية} one {تعليق توضيحي واحد} two {تعليقان توضيحيان} few {# تعليقات توضيحية} many {# تعليقاً توضيحياً} other {# تعليق توضيحي}}',

  'documents.progress': 'تقدّم المدوّنة',
  'documents.progress.summary': 'مكتمل {done, number} من {total, number}، و{inProgress, number} قيد العمل، و{notStarted, number} لم يبدأ',

  'documents.controls': 'تصفية المقالات وترتيبها',
  'documents.controls.text': 'تصفية المقالات حسب العنوان أو المصدر أو الكاتب',
  'documents.controls.textPlaceholder': 'تصفية المقالات',
  'documents.controls.status': 'الحالة',
  'documents.controls.outlet': 'المصدر',
  'documents.controls.all': 'الكل',
  'documents.controls.sortBy': 'الترتيب حسب',
  'documents.controls.sort.order': 'ترتيب المشروع',
  'documents.controls.sort.status': 'الحالة',
  'documents.controls.sort.source': 'المصدر',
  'documents.controls.sort.date': 'التاريخ',
  'documents.controls.sort.title': 'العنوان',
  'documents.controls.direction': 'الاتجاه',
  'documents.controls.ascending': 'تصاعدي',
  'documents.controls.descending': 'تنازلي',

  'documents.filter.label': 'التصنيف',
  'documents.filter.anyLabel': 'أيّ تصنيف',
  'documents.filter.anyValue': 'أيّ قيمة',
  'documents.filter.is': '{field} يساوي',
  'documents.filter.contains': '{field} يحتوي',

  'documents.status': 'الحالة',

  'documents.selection': 'المقالات المحدَّدة',
  'documents.selection.count':
    '{count, plural, zero {لا مقالات محدَّدة} one {مقال واحد محدَّد} two {مقالان محدَّدان} few {# مقالات محدَّدة} many {# مقالاً محدَّداً} other {# مقال محدَّد}}',
  'documents.selection.delete': 'حذف…',
  'documents.selection.checkAll': 'تحديد الكل ({count, number})',
  'documents.selection.uncheck': 'إلغاء التحديد',

  'documents.delete.title': '{count, plural, zero {حذف المقالات} one {حذف المقال} two {حذف المقالين} few {حذف # مقالات} many {حذف # مقالاً} other {حذف # مقال}}',
  'documents.delete.askOne': `حذف «${user('title')}»؟`,
  'documents.delete.askMany': 'حذف {count, plural, zero {لا مقالات} one {مقال واحد} two {مقالين} few {# مقالات} many {# مقالاً} other {# مقال}}؟',
  'documents.delete.goingWithOne':
    '{count, plural, zero {لا تعليقات توضيحية فيه.} one {ويُحذف معه تعليق توضيحي واحد.} two {ويُحذف معه تعليقان توضيحيان.} few {وتُحذف معه # تعليقات توضيحية.} many {ويُحذف معه # تعليقاً توضيحياً.} other {ويُحذف معه # تعليق توضيحي.}}',
  'documents.delete.goingWithMany':
    '{count, plural, zero {لا تعليقات توضيحية فيها.} one {ويُحذف معها تعليق توضيحي واحد.} two {ويُحذف معها تعليقان توضيحيان.} few {وتُحذف معها # تعليقات توضيحية.} many {ويُحذف معها # تعليقاً توضيحياً.} other {ويُحذف معها # تعليق توضيحي.}}',
  'documents.delete.more': '… و{count, plural, zero {لا مقالات أخرى} one {مقال آخر} two {مقالان آخران} few {# مقالات أخرى} many {# مقالاً آخر} other {# مقال آخر}}',
  'documents.delete.hint': 'تُحذف معها علاقاتها وروابط كياناتها، وتبقى الكيانات. التراجع يعيد كل ذلك.',
  'documents.delete.checkFirst': 'حدِّد المقالات المراد حذفها أولاً',
  'documents.delete.done':
    'حُذف {documents, plural, zero {لا مقالات} one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالاً} other {# مقال}} و{annotations, plural, zero {لا تعليقات توضيحية} one {تعليق توضيحي واحد} two {تعليقان توضيحيان} few {# تعليقات توضيحية} many {# تعليقاً توضيحياً} other {# تعليق توضيحي}}. التراجع يعيدها.',

  'documents.details': 'تفاصيل المقال',
  'documents.details.title': 'العنوان',
  'documents.details.source': 'المصدر',
  'documents.details.sourcePlaceholder': 'مثلاً: شفق نيوز',
  'documents.details.author': 'الكاتب',
  'documents.details.date': 'تاريخ النشر',
  'documents.details.url': 'الرابط',
  'documents.details.language': 'اللغة',
  'documents.details.languagePlaceholder': 'مثلاً: ar، en',
  'documents.details.saved': 'محفوظ',
  'documents.details.notSaved': 'لم يُحفظ: {reason}',
  'documents.details.unsaved': 'تغييرات غير محفوظة',
  'documents.details.save': 'حفظ التفاصيل',

  'documents.labels': 'التصنيفات',
  'documents.labels.notSet': 'غير محدَّد',
  'documents.labels.notANumber': 'ليس رقماً',

  'documents.fields': 'حقول المقال',
  'documents.fields.hint': 'تصنيفات للمقال كله (الموقف، التأطير، النوع…)، تُضبط في تفاصيل كل مقال وتُصدَّر بكل الصيغ.',
  'documents.fields.none': 'لا حقول للمقالات بعد.',
  'documents.fields.type.choice': 'اختيار (قيمة واحدة)',
  'documents.fields.type.multiChoice': 'اختيار متعدد (عدة قيم)',
  'documents.fields.type.text': 'نص',
  'documents.fields.type.number': 'عدد',
  'documents.fields.label': 'التسمية',
  'documents.fields.kind': 'النوع',
  'documents.fields.theField': 'الحقل',
  'documents.fields.values': `قيم ${user('field')}، قيمة في كل سطر`,
  'documents.fields.guideline': `إرشاد ${user('field')}`,
  'documents.fields.unnamed': 'الحقل',
  'documents.fields.remove': `إزالة ${user('field')}`,
  'documents.fields.add': 'إضافة حقل للمقالات',
  'documents.fields.new': 'حقل جديد',
  'documents.fields.newPlaceholder': 'مثلاً: الموقف من الهجوم',
  'documents.fields.addButton': 'إضافة الحقل',
  'documents.fields.saved': 'حُفظ. التراجع يلغي هذا التغيير.',
  'documents.fields.save': 'حفظ الحقول'
}
