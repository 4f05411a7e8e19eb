import type { relations as english } from '../en/relations'

/** Arabic: the relations messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const relations: Record<keyof typeof english, string> = {
  'relations.saving': 'جارٍ الحفظ…',
  'relations.or': '{before} أو {after}',
  'relations.thisArticle': 'هذا المقال',
  'relations.unknownOutlet': 'مصدر غير معروف',

  'relations.cross.title': 'في مقالات أخرى',
  'relations.cross.unreadable': 'تعليق توضيحي تتعذّر قراءته',
  'relations.cross.open': 'فتح',
  'relations.cross.openLabel': 'فتح: {relation} في {where}',

  'relations.relate.button': 'إنشاء علاقة…',
  'relations.relate.label': 'إنشاء علاقة لهذا التعليق التوضيحي',
  'relations.relate.type': 'نوع العلاقة',
  'relations.relate.target': 'الهدف',
  'relations.relate.filterAll': 'اكتب للتصفية؛ كل المقالات',
  'relations.relate.filterHere': 'اكتب للتصفية؛ هذا المقال',
  'relations.relate.empty': 'لا شيء مما يصلح هدفاً لهذا النوع يطابق.',
  'relations.relate.field': 'علاقة',
  'relations.relate.pick': 'اختيار من النص',
  'relations.relate.picking': 'الاختيار جارٍ: انقر في النص على تمييز موسوم {tags} (Esc للإيقاف).',
  'relations.relate.cancel': 'إلغاء',

  'relations.types.across': '{ends}، عبر المقالات',
  'relations.types.title': 'أنواع العلاقات',
  'relations.types.hint': 'إلى جانب «منسوب إلى» و«مذكور في»: كيف ترتبط التعليقات التوضيحية، مثلاً ادعاء يناقض ادعاءً، أو فاعل يقع في مكان.',
  'relations.types.delete': 'حذف',
  'relations.types.deleteLabel': 'حذف نوع العلاقة {label}',
  'relations.types.deleted': 'حُذف نوع العلاقة «{label}».',
  'relations.types.added': 'أُضيف نوع العلاقة «{label}».',
  'relations.types.new': 'نوع علاقة جديد',
  'relations.types.name': 'اسم العلاقة',
  'relations.types.namePlaceholder': 'يناقض',
  'relations.types.sourceTags': 'وسوم البداية',
  'relations.types.targetTags': 'وسوم الهدف',
  'relations.types.directedOption': 'موجَّهة (البداية ← الهدف؛ دون تحديد: تُقرأ كما هي في الاتجاهين)',
  'relations.types.crossDocument': 'يجوز أن يقع الطرفان في مقالات مختلفة',
  'relations.types.add': 'إضافة نوع علاقة'
}
