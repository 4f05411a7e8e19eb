import type { importing as english } from '../en/importing'

/** A placeholder for user text (a file name), isolated so a Latin name keeps its order in an Arabic sentence. */
const user = (name: string) => `\u2068{${name}}\u2069`

/** Arabic: the importing messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const importing: Record<keyof typeof english, string> = {
  'importing.title': 'استيراد المقالات',
  'importing.fileProblem': `${user('file')}: {problem}`,
  'importing.hint':
    'نصوص، وMarkdown، وصفحات ويب محفوظة (HTML)، وWord (.docx)، وPDF، وJSONL من doccano أو Prodigy أو spaCy، وJSON من Label Studio، ومجلدات brat (.ann و.txt مع annotation.conf)، ' +
    'وW3C Web Annotation JSON-LD، وTessera JSONL. حتى {fileSize} للملف الواحد هنا؛ أما ملف JSON Lines الأكبر ' +
    '(حتى {lineFileSize}، و{fileSize} للسطر الواحد) فيُستورد من سطر الأوامر (tessera import). ' +
    'يمكنك أيضاً إفلات الملفات أو المجلدات على النافذة، أو اللصق بـ Ctrl+V.',
  'importing.megabytes': '{size} ميغابايت',
  'importing.bytes': '{count, plural, zero {لا بايتات} one {بايت واحد} two {بايتان} few {# بايتات} many {# بايتاً} other {# بايت}}',
  'importing.chooseFiles': 'اختيار ملفات…',
  'importing.chooseFilesLabel': 'اختيار ملفات',
  'importing.chooseFolder': 'اختيار مجلد…',
  'importing.chooseFolderLabel': 'اختيار مجلد',
  'importing.noFiles': 'لم تُختر ملفات',
  'importing.filesChosen':
    '{count, plural, zero {لم تُختر ملفات} one {اختير ملف واحد} two {اختير ملفان} few {اختيرت # ملفات} many {اختير # ملفاً} other {اختير # ملف}}',
  'importing.encoding': 'ترميز الملفات النصية',
  'importing.encoding.detect': 'اكتشاف تلقائي',
  'importing.encoding.arabic': '{name} (عربي)',
  'importing.encoding.western': '{name} (غربي)',
  'importing.encoding.latin1': '{name} (لاتيني-1)',
  'importing.textField': 'حقل النص (doccano / Label Studio)',
  'importing.textField.placeholder': 'اكتشاف',
  'importing.textField.hint':
    'الحقل الذي يحمل النص حين لا يكون <code>text</code> (مثل <code>column_data</code> في doccano، أو <code>data.ner</code> في Label Studio). اتركه فارغاً ليُكتشف تلقائياً.',
  'importing.allowDuplicates': 'استيراد المكرَّرات رغم ذلك',
  'importing.skipInvalid': 'استيراد الأسطر الصالحة من الملفات التي فيها أسطر غير صالحة',
  'importing.addNewTags': 'إضافة التسميات التي يفتقدها هذا المشروع وسوماً جديدة، والسمات التي يعلنها ملف وتفتقدها وسومه',
  'importing.asLayer': 'إضافة التعليقات إلى مقالات المشروع طبقاتٍ لمؤلفيها (عمل زميل؛ ولا يُضاف أي مقال)',
  'importing.layerAnnotator': 'المعلِّق صاحب التعليقات التي لا تذكر مؤلفاً',
  'importing.report.layers': 'الطبقات المضافة',
  'importing.start': 'استيراد',
  'importing.startFiles':
    'استيراد {count, plural, zero {لا ملفات} one {ملف واحد} two {ملفين} few {# ملفات} many {# ملفاً} other {# ملف}}',
  'importing.cancel': 'إلغاء',
  'importing.done': 'تمّ',
  'importing.progress': 'تقدّم الاستيراد',
  'importing.progress.files': '{done, number} من {total, plural, zero {لا ملفات} one {ملف واحد} two {ملفين} few {# ملفات} many {# ملفاً} other {# ملف}}',
  'importing.progress.reading': `{done, number} من {total, plural, zero {لا ملفات} one {ملف واحد} two {ملفين} few {# ملفات} many {# ملفاً} other {# ملف}} · جارٍ قراءة ${user('current')}`,
  'importing.unreadable': 'تعذّرت قراءته ({error}).',

  'importing.drop': 'أفلِت الملفات أو المجلدات لاستيرادها',
  'importing.pasted': 'نص ملصق',
  'importing.pasted.formatted': 'لصقتَ نصاً منسَّقاً.',
  'importing.pasted.plain': 'لصقتَ نصاً.',
  'importing.pasted.import': 'استيراد النص الملصق',
  'importing.pasted.dismiss': 'تجاهل',

  'importing.report': 'تقرير الاستيراد',
  'importing.report.summary': 'استُورد {imported, number}، وتُخطّي {skipped, number} (مكرَّرات)، وفشل {failed, number}.',
  'importing.report.cancelledSummary': 'أُلغي. استُورد {imported, number}، وتُخطّي {skipped, number} (مكرَّرات)، وفشل {failed, number}.',
  'importing.report.failed': 'فشل',
  'importing.report.skippedDuplicates': 'مكرَّرات متخطّاة',
  'importing.report.sameText': 'نص {file} مطابق لنص «{title}»',
  'importing.report.notDocuments': 'ليست مقالات (تُخطّيت)',
  'importing.report.nearDuplicates': 'مكرَّرات محتملة (استُوردت)',
  'importing.report.closeTo': '{title} قريب من «{similar}» ({reason})',
  'importing.report.imported': 'المستورَدة',
  'importing.report.newTags': 'وسوم جديدة أُضيفت: {tags}',
  'importing.report.newAttributes': 'سمات جديدة أُضيفت: {attributes}',
  'importing.report.attribute': `${user('attribute')} (في وسم ${user('tag')})`,
  'importing.report.separator': '، ',
  'importing.report.encodings': 'الترميزات',
  'importing.report.warnings': 'تحذيرات'
}
