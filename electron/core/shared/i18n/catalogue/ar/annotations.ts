import type { annotations as english } from '../en/annotations'

// \u2068 … \u2069 isolate user text (tags, quotes, names, values) inside a plain-string sentence, as <bdi> does in markup.

/** Arabic: the annotations messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const annotations: Record<keyof typeof english, string> = {
  'annotations.pane': 'التعليقات التوضيحية',
  'annotations.paneCount': 'التعليقات التوضيحية، {count, number}',
  'annotations.annotator': 'المُعلِّق',
  'annotations.everyone': 'الجميع ({count, number})',
  'annotations.unknownAuthor': 'غير معروف',
  'annotations.empty': 'حدّد نصاً في المقال، ثم اضغط مفتاح أحد الوسوم (1–4).',
  'annotations.list': 'التعليقات التوضيحية في هذا المقال',
  'annotations.inParagraph': '، الفقرة {paragraph, number}',
  'annotations.paragraph': 'الفقرة {paragraph, number}',
  'annotations.made': '\u2068{author}\u2069، في {when}',
  'annotations.flagNotSet': 'ليس \u2068{label}\u2069',

  'annotations.details': 'تفاصيل التعليق التوضيحي',
  'annotations.detailsTitle': 'التفاصيل',
  'annotations.closeDetails': 'إغلاق التفاصيل',
  'annotations.tag': 'الوسم',
  'annotations.note': 'ملاحظة',
  'annotations.saving': 'جارٍ الحفظ…',
  'annotations.notANumber': 'ليس عدداً',
  'annotations.author': 'المُعلِّق',
  'annotations.created': 'أُنشئ',
  'annotations.changed': 'عُدِّل',

  'annotations.counted.placeholder': 'مثلاً: قتلى المسلحين',
  'annotations.counted.noValues': 'لا قيم بعد: اكتب واحدة',
  'annotations.counted.near':
    'أرقام أخرى تقول <value>«{counted}»</value> ({count, plural, zero {لا أرقام} one {رقم واحد} two {رقمان} few {# أرقام} many {# رقماً} other {# رقم}}).',
  'annotations.counted.useNear': 'استخدم «\u2068{counted}\u2069»',
  'annotations.counted.figures': '{count, plural, zero {لا أرقام} one {رقم واحد} two {رقمان} few {# أرقام} many {# رقماً} other {# رقم}}',
  'annotations.counted.alreadyUsed':
    '{count, plural, zero {غير مستخدمة} one {مستخدمة في رقم واحد} two {مستخدمة في رقمين} few {مستخدمة في # أرقام} many {مستخدمة في # رقماً} other {مستخدمة في # رقم}} بهذا الإملاء',
  'annotations.counted.new': 'استخدم «\u2068{value}\u2069» قيمةً جديدة'
}
