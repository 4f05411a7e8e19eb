import type { exporting as english } from '../en/exporting'

/** A placeholder for user text (a path, a tag's name), isolated so it keeps its own order in an Arabic sentence. */
const user = (name: string) => `\u2068{${name}}\u2069`

const DOCUMENTS = '{count, plural, zero {لا مقالات} one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالاً} other {# مقال}}'

/** Arabic: the exporting messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const exporting: Record<keyof typeof english, string> = {
  'exporting.title': 'تصدير مجموعة البيانات',
  'exporting.loading': 'جارٍ قراءة المشروع…',
  'exporting.format': 'الصيغة',
  'exporting.format.csv': 'جداول CSV (ZIP)',
  'exporting.format.jsonl.description': 'كل شيء، مقال في كل سطر: لـ Python ولإعادة الاستيراد.',
  'exporting.format.csv.description': 'جداول التعليقات التوضيحية والمقالات والعلاقات، لجداول البيانات وpandas.',
  'exporting.format.w3c.description': 'AnnotationCollection بصيغة JSON-LD، معيار الويب.',
  'exporting.format.brat.description': 'ملفا .txt و.ann لكل مقال، مع annotation.conf.',
  'exporting.format.conll.description': 'وحدة نصية في كل سطر، لتدريب التعرّف على الكيانات المسمّاة؛ بلا تداخل.',
  'exporting.format.spacy.description': 'text وspans وents لكائنات Doc في spaCy.',
  'exporting.documents': 'المقالات',
  'exporting.documents.all': 'كل ما يطابق عوامل التصفية',
  'exporting.documents.open': 'المقال المفتوح فقط',
  'exporting.status': 'الحالة',
  'exporting.status.count': `{status} (${DOCUMENTS})`,
  'exporting.outlet': 'المصدر',
  'exporting.outlet.none': '(بلا مصدر)',
  'exporting.tags': 'الوسوم',
  'exporting.annotators': 'المُعلِّقون',
  'exporting.annotators.unknown': '(غير معروف)',
  'exporting.options': 'الخيارات',
  'exporting.offsets': 'الإزاحات',
  'exporting.offsets.codepoint': 'نقاط الترميز (Python وspaCy وW3C)',
  'exporting.offsets.utf16': 'وحدات UTF-16 (JavaScript)',
  'exporting.neutraliseFormulas': 'تحييد الخلايا التي تبدأ كصيغة حسابية (مستحسن)',
  'exporting.overlaps': 'حيث تتداخل المقاطع، يُبقى',
  'exporting.overlaps.tagSetOrder': `ترتيب مجموعة الوسوم (${user('order')})`,
  'exporting.overlaps.first': `${user('tag')} أولاً`,
  'exporting.progress': 'تقدّم التصدير',
  'exporting.progress.reads': 'قراءة المقالات: {done, number} من {total, number}',
  'exporting.progress.starting': 'جارٍ البدء…',
  'exporting.cancel': 'إلغاء',
  'exporting.close': 'إغلاق',
  'exporting.export': 'تصدير',
  'exporting.exporting': 'جارٍ التصدير…',
  'exporting.problem.tag': 'اختر وسماً واحداً على الأقل.',
  'exporting.problem.status': 'اختر حالة واحدة على الأقل.',
  'exporting.problem.outlet': 'اختر مصدراً واحداً على الأقل.',
  'exporting.problem.annotator': 'اختر مُعلِّقاً واحداً على الأقل.',

  'exporting.checkList.all': 'الكل',
  'exporting.checkList.none': 'لا شيء',
  'exporting.checkList.empty': 'لا شيء في هذا المشروع',

  'exporting.message.saved': `صُدِّر ${DOCUMENTS} بصيغة {format}؛ حُفظ الملف في ${user('path')}`,
  'exporting.message.downloaded': `صُدِّر ${DOCUMENTS} بصيغة {format}؛ نُزِّل الملف إلى تنزيلات المتصفح باسم ${user('path')}`,
  'exporting.notice': 'انتهى التصدير',
  'exporting.notice.saved': `<strong>انتهى التصدير.</strong> ${DOCUMENTS} بصيغة {format}؛ حُفظ الملف في {path}`,
  'exporting.notice.downloaded': `<strong>انتهى التصدير.</strong> ${DOCUMENTS} بصيغة {format}؛ نُزِّل الملف باسم {path}<span> في مجلد تنزيلات المتصفح</span>`,
  'exporting.notice.dismiss': 'إغلاق إشعار التصدير'
}
