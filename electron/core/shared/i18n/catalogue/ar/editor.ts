import type { editor as english } from '../en/editor'

/** Arabic: the editor messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const editor: Record<keyof typeof english, string> = {
  'editor.empty.opening': 'جارٍ فتح المشروع…',
  'editor.empty.chooseDocument': 'اختر مقالاً من القائمة الجانبية.',
  'editor.empty.noArticles': 'لا مقالات بعد',
  'editor.empty.importHint':
    'استورد صفحات ويب محفوظة أو نصوصاً أو ملفات Word أو PDF، أو مدوّنات من doccano وLabel Studio. يمكنك أيضاً إفلات الملفات هنا أو لصق نص.',
  'editor.empty.import': 'استيراد مقالات…',

  'editor.search.kind.text': 'العبارة كما كُتبت',
  'editor.search.kind.words': 'كل الكلمات و«العبارات»',
  'editor.search.kind.regex': 'تعبير نمطي',
  'editor.search.searchFor': 'ابحث عن',
  'editor.search.outlet': 'المصدر',
  'editor.search.anyOutlet': 'أي مصدر',
  'editor.search.status': 'الحالة',
  'editor.search.anyStatus': 'أي حالة',
  'editor.search.from': 'من',
  'editor.search.to': 'إلى',

  'editor.saved.heading': 'عمليات البحث المحفوظة',
  'editor.saved.name': 'الاسم',
  'editor.saved.save': 'حفظ البحث',
  'editor.saved.none': 'لا شيء محفوظ بعد.',
  'editor.saved.savedAs': 'حُفظ البحث باسم «{name}».',
  'editor.saved.deleted': 'حُذف البحث المحفوظ «{name}».',
  'editor.saved.run': 'تشغيل',
  'editor.saved.runNamed': 'تشغيل {name}',
  'editor.saved.delete': 'حذف',
  'editor.saved.deleteNamed': 'حذف {name}',

  'editor.find.title': 'بحث',
  'editor.find.placeholder': 'بحث…',
  'editor.find.wholeWord': 'الكلمة كاملة',
  'editor.find.matchCase': 'مطابقة حالة الأحرف',
  'editor.find.exactLetters': 'مطابقة الأحرف تماماً',
  'editor.find.allDocuments': 'كل المقالات',
  'editor.find.typeToFind': 'اكتب للبحث.',
  'editor.find.count': '{count, plural, zero {لا نتائج} one {نتيجة واحدة} two {نتيجتان} few {# نتائج} many {# نتيجة} other {# نتيجة}}',
  'editor.find.countInDocuments':
    '{count, plural, zero {لا نتائج} one {نتيجة واحدة} two {نتيجتان} few {# نتائج} many {# نتيجة} other {# نتيجة}} في {documents, plural, zero {أي مقال} one {مقال واحد} two {مقالين} few {# مقالات} many {# مقالاً} other {# مقال}}',
  'editor.find.position': 'النتيجة {current, number} من {total, number} في هذا المقال',
  'editor.find.previous': 'النتيجة السابقة',
  'editor.find.next': 'النتيجة التالية',
  'editor.find.tagAllAs': 'وسم كل النتائج بالوسم',
  'editor.find.tagAll': 'وسم كل النتائج',
  'editor.find.tagged':
    '{count, plural, zero {لم تُوسم أي نتيجة} one {وُسمت نتيجة واحدة} two {وُسمت نتيجتان} few {وُسمت # نتائج} many {وُسمت # نتيجة} other {وُسمت # نتيجة}} بالوسم {tag}.',
  'editor.find.taggedSkipping':
    '{count, plural, zero {لم تُوسم أي نتيجة جديدة} one {وُسمت نتيجة واحدة} two {وُسمت نتيجتان} few {وُسمت # نتائج} many {وُسمت # نتيجة} other {وُسمت # نتيجة}} بالوسم {tag} ({skipped, number} موسومة به من قبل).',
  'editor.find.matches': 'النتائج',
  'editor.find.truncated':
    '{count, plural, zero {لا نتائج معروضة.} one {تُعرض النتيجة الأولى فقط.} two {تُعرض أول نتيجتين فقط.} few {تُعرض أول # نتائج فقط.} many {تُعرض أول # نتيجة فقط.} other {تُعرض أول # نتيجة فقط.}}',

  'editor.reader.unknownOutlet': 'مصدر غير معروف',
  'editor.reader.metaSeparator': '، ',
  'editor.reader.textOf': 'نص {title}',
  'editor.highlight.role': 'مقطع',
  'editor.highlight.pending': 'لم يُحفظ بعد',
  'editor.highlight.deleting': 'قيد الحذف، لم يُحفظ بعد',
  'editor.resize.start': 'اسحب لتحريك البداية (Alt+Shift+←/→)',
  'editor.resize.end': 'اسحب لتحريك النهاية (Shift+←/→)'
}
