import type { exportNotes as english } from '../en/exportNotes'

/** A placeholder for user text (a file name, a label), isolated so Latin text keeps its order in an Arabic sentence. */
export const user = (name: string) => `\u2068{${name}}\u2069`

const RELATIONS = '{count, plural, zero {لا علاقات} one {علاقة واحدة} two {علاقتان} few {# علاقات} many {# علاقةً} other {# علاقة}}'
const SPANS = '{count, plural, zero {لا مقاطع} one {مقطع واحد} two {مقطعان} few {# مقاطع} many {# مقطعاً} other {# مقطع}}'
const OVERLAPPING_SPANS =
  '{count, plural, zero {لا مقاطع متداخلة} one {مقطع متداخل واحد} two {مقطعان متداخلان} few {# مقاطع متداخلة} many {# مقطعاً متداخلاً} other {# مقطع متداخل}}'
const DOCUMENTS = '{count, plural, zero {لا مقالات} one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالاً} other {# مقال}}'

/** Arabic: exports and repairs: what an export left out or changed, why an export failed, what a repair of a damaged project did; plurals give all six forms (zero, one, two, few, many, other). */
export const exportNotes: Record<keyof typeof english, string> = {
  'exportNotes.brat.relationsAcrossLeftOut': `أُسقطت من التصدير ${RELATIONS} بين المقالات: علاقة brat تصل بين مقاطع ملف واحد (وتصديرا JSONL وW3C يحفظانها).`,
  'exportNotes.conll.spansLeftOut': `أُسقط ${SPANS} حيث تتداخل المقاطع أو لا تغطي وحدة نصية كاملة؛ فازت الوسوم بهذا الترتيب: ${user('tags')}.`,
  'exportNotes.spacy.entsLeftOut': `أُسقط من «ents» ${OVERLAPPING_SPANS} (وكلها في «spans»)؛ فازت الوسوم بهذا الترتيب: ${user('tags')}.`,

  'exportNotes.error.offsetsAlwaysCodePoints': `إزاحات ${user('format')} نقاط ترميز دائماً (الصيغة تحدّدها)؛ اختر jsonl أو csv أو spacy لوحدات UTF-16.`,
  'exportNotes.error.noSuchTags': `لا وسم ${user('tags')} في هذا المشروع.`,
  'exportNotes.error.noSuchAnnotators': `لا تعليق باسم ${user('authors')} في المقالات المصدَّرة (المعلِّقون فيها: ${user('known')}).`,
  'exportNotes.error.binaryFile': `${user('file')} ملف ثنائي؛ لا تُكتب بهذه الطريقة إلا الملفات النصية.`,
  'exportNotes.error.notARegularFile': `تعذّر التصدير إلى ${user('path')}: إنه موجود وليس ملفاً عادياً ({kind, select, folder {بل مجلد} other {بل جهاز أو FIFO أو مقبس}}).`,
  'exportNotes.error.folderExists': `تعذّر التصدير إلى ${user('path')}: إنه موجود ({kind, select, folder {مجلد} other {ملف}})؛ أعطِ اسم مجلد جديد، أو ملف ZIP.`,
  'exportNotes.error.insideProject': `تعذّر التصدير إلى ${user('path')}: إنه داخل مجلد المشروع ${user('project')}. اختر مكاناً خارجه.`,
  'exportNotes.error.noSuchFolder': `تعذّر التصدير إلى ${user('path')}: المجلد ${user('folder')} غير موجود.`,
  'exportNotes.error.noProject': 'لا مشروع مفتوح: افتح مشروعاً لتصديره.',
  'exportNotes.error.folderAppeared': `ظهر ${user('path')} أثناء كتابة التصدير؛ لم يُستبدل شيء.`,

  'exportNotes.repair.restored': `استُعيد project.json من النسخة الاحتياطية ${user('backup')}.`,
  'exportNotes.repair.rebuilt': 'أُعيد بناء project.json.',
  'exportNotes.repair.documentsListedAgain': `ذُكر في المشروع من جديد ${DOCUMENTS} مما أُضيف بعد النسخة الاحتياطية.`,
  'exportNotes.repair.notJson': 'الملف project.json التالف ليس JSON: يبدأ الاسم والوصف والوسوم من جديد.',
  'exportNotes.repair.tagNotKept': `تعذّر الإبقاء على الوسم «${user('label')}»؛ وتأخذ تعليقاته التوضيحية وسماً بلا سمات.`,
  'exportNotes.repair.unlabelledTagNotKept': 'تعذّر الإبقاء على وسم بلا تسمية؛ وتأخذ تعليقاته التوضيحية وسماً بلا سمات.',
  'exportNotes.repair.secondTagDropped': `أُسقط وسم ثانٍ معرّفه «${user('id')}».`,
  'exportNotes.repair.attributesTrimmed': `أبقى الوسم «${user('label')}» على {kept, number} من سماته (الصالحة منها، {max, number} على الأكثر).`,
  'exportNotes.repair.tagAdded': `أُضيف بلا سمات الوسم «${user('id')}»، الذي تستخدمه تعليقات توضيحية ولا يذكره project.json.`,
  'exportNotes.repair.relationTypeNotKept': `تعذّر الإبقاء على نوع العلاقة «${user('label')}».`,
  'exportNotes.repair.invalidRelationTypeNotKept': 'تعذّر الإبقاء على نوع علاقة لا يوافق المخطط.',
  'exportNotes.notice.then': '{first} {then}'
}
