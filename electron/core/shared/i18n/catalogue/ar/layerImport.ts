import type { layerImport as english } from '../en/layerImport'
import { user } from './importReport'

const plural = (name: string, zero: string, one: string, two: string, few: string, many: string, other: string) =>
  `{${name}, plural, zero {${zero}} one {${one}} two {${two}} few {${few}} many {${many}} other {${other}}}`

const ANNOTATIONS = plural('count', 'لا تعليقات', 'تعليق واحد', 'تعليقان', '# تعليقات', '# تعليقاً', '# تعليق')

/** Arabic: importing a colleague's annotations as their layer; plurals give all six forms. */
export const layerImport: Record<keyof typeof english, string> = {
  'layerImport.noAuthor': `فيه ${ANNOTATIONS} بلا مؤلف: حدّد صاحب الطبقة (\`--annotator NAME\`، أو حقل المعلِّق في نافذة الاستيراد).`,

  'layerImport.idRenamed': `${user('origin')}: المعرّف ${user('id')} الخاص بـ{span} مستعمل في «${user('title')}»؛ أُعطي التعليق المعرّف الجديد ${user('newId')}.`,
  'layerImport.span.notFound': `${user('origin')}: تُرك {span}: نصه «${user('quote')}» غير موجود قرب ذلك الموضع في نسخة المشروع من «${user('title')}».`,
  'layerImport.span.ambiguous': `${user('origin')}: تُرك {span}: نصه «${user('quote')}» يرد ${plural('count', 'لا مرة', 'مرة واحدة', 'مرتين', '# مرات', '# مرة', '# مرة')} قرب ذلك الموضع في «${user('title')}» ولا يحدّد سياقه أيّها المقصود.`,
  'layerImport.span.tooMany': `${user('origin')}: تُرك {span}: نصه «${user('quote')}» يرد أكثر من {count} مرة قرب ذلك الموضع في «${user('title')}»، وهذا أكثر من أن يُحدَّد المقصود منه.`,
  'layerImport.spansMoved': `${user('origin')}: نص «${user('title')}» يختلف عن نص الملف؛ ${plural('count', 'لم يُنقل أي مقطع', 'وُجد مقطع واحد بنصه ونُقل', 'وُجد مقطعان بنصهما ونُقلا', 'وُجدت # مقاطع بنصوصها ونُقلت', 'وُجد # مقطعاً بنصوصها ونُقلت', 'وُجد # مقطع بنصوصها ونُقلت')}.`,
  'layerImport.ownAnnotations': `${user('origin')}: تُرك ${ANNOTATIONS} باسم ${user('author')}، وهو الاسم الذي تعلّق به: استيراد طبقة لا يغيّر تعليقاتك أبداً.`,
  'layerImport.crossRelations': `${user('file')}: تُركت ${plural('count', 'لا علاقات', 'علاقة واحدة', 'علاقتان', '# علاقات', '# علاقة', '# علاقة')} بين مقالات: استيراد طبقة يضيف العلاقات داخل المقال الواحد فقط.`,
  'layerImport.noAuthorNamed': `${user('file')}: ${ANNOTATIONS} بلا مؤلف؛ نُسبت إلى ${user('annotator')}.`,

  'layerImport.line.added': `طبقة ${user('file')}: أُضيف ${plural('added', 'لا تعليقات', 'تعليق واحد', 'تعليقان', '# تعليقات', '# تعليقاً', '# تعليق')} باسم ${user('authors')} إلى «${user('title')}» ({matchedBy, select, id {طوبق بالمعرّف} text {طوبق بالنص} other {مكرَّر محتمل، التشابه {percent, number}٪}}){replaced, plural, =0 {} zero {} one {، بدلاً من تعليق من استيراد سابق} two {، بدلاً من تعليقين من استيراد سابق} few {، بدلاً من # تعليقات من استيراد سابق} many {، بدلاً من # تعليقاً من استيراد سابق} other {، بدلاً من # تعليق من استيراد سابق}}`,
  'layerImport.line.unchanged': `طبقة ${user('file')}: «${user('title')}» فيه هذه الطبقة باسم ${user('authors')}؛ لم يتغيّر شيء`,
  'layerImport.line.notFound': `ليس في المشروع ${user('file')}: «${user('title')}» (استيراد الطبقة يضيف إلى المقالات الموجودة في المشروع؛ لم يُضف)`,
  'layerImport.line.counts': 'أُضيفت طبقات إلى {documents, number} من المقالات؛ ولم يوجد {notFound, number}؛ وفشل {failed, number}.'
}
