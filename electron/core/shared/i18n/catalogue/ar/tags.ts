import type { tags as english } from '../en/tags'

/** Arabic: the tags messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const tags: Record<keyof typeof english, string> = {
  'tags.legend': 'دليل الوسوم',
  'tags.legend.guidelineOf': 'إرشاد {tag}',
  'tags.toolbar': 'وسم التحديد',
  'tags.toolbar.withKey': '{tag} (المفتاح {key})',

  'tags.attributes.legend': 'سمات {tag}',
  'tags.attributes.name': 'اسم السمة',
  'tags.attributes.typeOf': 'نوع {attribute}',
  'tags.attributes.type.text': 'نص',
  'tags.attributes.type.number': 'عدد',
  'tags.attributes.type.choice': 'اختيار',
  'tags.attributes.type.flag': 'نعم / لا',
  'tags.attributes.valuesOf': 'قيم {attribute}، قيمة في كل سطر',
  'tags.attributes.guidelineOf': 'إرشاد {attribute} (Markdown)',
  'tags.attributes.remove': 'إزالة {attribute}',
  'tags.attributes.removeUnnamed': 'إزالة السمة',
  'tags.attributes.defaultName': 'سمة {n, number}',
  'tags.attributes.add': 'إضافة سمة',
  'tags.attributes.save': 'حفظ السمات',

  'tags.schema.title': 'الوسوم',
  'tags.schema.nameOf': 'اسم الوسم {tag}',
  'tags.schema.colourOf': 'لون {tag}',
  'tags.schema.keyOf': 'مفتاح {tag}',
  'tags.schema.noKey': 'بلا مفتاح',
  'tags.schema.moveUp': 'نقل {tag} إلى الأعلى',
  'tags.schema.moveDown': 'نقل {tag} إلى الأسفل',
  'tags.schema.attributesOf': 'سمات {tag}',
  'tags.schema.delete': 'حذف {tag}',
  'tags.schema.guidelineOf': 'إرشاد {tag}',
  'tags.schema.guidelineHint': '(Markdown؛ يُحفظ عند مغادرة الحقل)',
  'tags.schema.newName': 'اسم الوسم الجديد',
  'tags.schema.newPlaceholder': 'وسم جديد',
  'tags.schema.newColour': 'لون الوسم الجديد',
  'tags.schema.add': 'إضافة وسم',

  'tags.delete.unused': 'الوسم {tag} غير مستخدم في أي تعليق توضيحي.',
  'tags.delete.confirm': 'حذف الوسم {tag}',
  'tags.delete.cancel': 'إلغاء',
  'tags.delete.used':
    'الوسم {tag} مستخدم في {count, plural, zero {لا تعليقات توضيحية} one {تعليق توضيحي واحد} two {تعليقين توضيحيين} few {# تعليقات توضيحية} many {# تعليقاً توضيحياً} other {# تعليق توضيحي}}. ماذا تريد أن تفعل {count, plural, zero {بها} one {به} two {بهما} few {بها} many {بها} other {بها}}؟',
  'tags.delete.moveTo': 'نقلها إلى',
  'tags.delete.moveTarget': 'الوسم الذي تُنقل إليه',
  'tags.delete.deleteAnnotations':
    '{count, plural, zero {حذف التعليقات التوضيحية} one {حذف التعليق التوضيحي} two {حذف التعليقين التوضيحيين} few {حذف التعليقات التوضيحية الـ#} many {حذف التعليقات التوضيحية الـ#} other {حذف التعليقات التوضيحية الـ#}}'
}
