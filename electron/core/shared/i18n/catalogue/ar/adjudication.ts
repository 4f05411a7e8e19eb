import type { adjudication as english } from '../en/adjudication'

/** A placeholder for user text (a name, a title), isolated so it keeps its own order in an Arabic sentence. */
const user = (name: string) => `\u2068{${name}}\u2069`

/** Arabic: what the core says about adjudication (core/adjudication). */
export const adjudication: Record<keyof typeof english, string> = {
  'history.adjudication.accept': `اعتماد نسخة ${user('annotator')} في «${user('title')}»`,
  'history.adjudication.spans': `كتابة النسخة المعتمدة في «${user('title')}»`,
  'history.adjudication.agreed': `اعتماد المقاطع المتفق عليها في «${user('title')}»`,
  'problems.adjudication.noSuchStretch': `لم يعد هناك خلاف عند ${user('start')}–${user('end')} في «${user('title')}»: تغيّرت الطبقات منذ قراءة المراجعة. اقرأها من جديد.`,
  'problems.adjudication.noSuchVersion': `ليست لدى ${user('annotator')} نسخة من «${user('title')}» لاعتمادها. النسخ هي: ${user('known')}.`,
  'problems.adjudication.spanOutside': `المقطع ${user('start')}–${user('end')} خارج الخلاف الذي يُبتّ فيه (${user('from')}–${user('to')}).`,
  'problems.adjudication.curatedIsNoAnnotator': `الطبقة المعتمدة نتيجة التحكيم، لا إحدى النسخ المحكَّم بينها: أخرِج «${user('name')}» من المُعلِّقين.`
}
