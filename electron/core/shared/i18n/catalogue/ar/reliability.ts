import type { reliability as english } from '../en/reliability'

/** Arabic: the reliability messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const reliability: Record<keyof typeof english, string> = {
  'reliability.reason.open': 'عند فتح المشروع',
  'reliability.reason.auto': 'أثناء العمل',
  'reliability.reason.manual': 'نسخة احتياطية يدوية',
  'reliability.reason.before-restore': 'قبل استعادة',
  'reliability.reason.before-migration': 'قبل ترقية التنسيق',

  'reliability.backups.title': 'النسخ الاحتياطية',
  'reliability.backups.intro':
    'يأخذ Tessera لقطة من المشروع عند فتحه وكل {minutes, number} دقائق أثناء العمل، ويحتفظ بآخر {kept, number} لقطة وبلقطة واحدة لكل يوم مدة أسبوع. تُحفظ اللقطات في مجلد <code>backups</code> داخل المشروع.',
  'reliability.backups.backUpNow': 'نسخ احتياطي الآن',
  'reliability.backups.backedUp':
    'حُفظت نسخة احتياطية من {count, plural, zero {صفر مقالات} one {مقال واحد} two {مقالين} few {# مقالات} many {# مقالاً} other {# مقال}}.',
  'reliability.backups.restored': 'استُعيد المشروع كما كان في {when}. حُفظت حالته قبل الاستعادة باسم {undo}: استعِدها للتراجع عن هذه الاستعادة.',
  'reliability.backups.confirmTitle': 'استعادة المشروع كله كما كان في {when}؟',
  'reliability.backups.confirmBody':
    'يعود كل مقال وتعليق توضيحي ووسم إلى تلك اللحظة. تُحفظ الحالة الحالية أولاً في لقطة (باسم «قبل استعادة»)، فيمكنك التراجع عن هذه الاستعادة باستعادة تلك اللقطة.',
  'reliability.backups.cancel': 'إلغاء',
  'reliability.backups.restoring': 'جارٍ الاستعادة…',
  'reliability.backups.restoreThis': 'استعادة هذه النسخة الاحتياطية',
  'reliability.backups.reading': 'جارٍ قراءة النسخ الاحتياطية…',
  'reliability.backups.none': 'لا نسخ احتياطية بعد: تُؤخذ الأولى عند فتح المشروع في المرة القادمة، أو الآن بزر «نسخ احتياطي الآن».',
  'reliability.backups.taken': 'التوقيت',
  'reliability.backups.why': 'السبب',
  'reliability.backups.documents': 'المقالات',
  'reliability.backups.check': 'الفحص',
  'reliability.backups.action': 'الإجراء',
  'reliability.backups.restore': 'استعادة…',
  'reliability.backups.restoreLabel': 'استعادة النسخة الاحتياطية المأخوذة في {when}',
  'reliability.check.verified': 'سليمة',
  'reliability.check.verifiedTitle': 'كل ملف يطابق المجاميع الاختبارية المكتوبة مع هذه النسخة الاحتياطية',
  'reliability.check.unchecked': 'لم تُفحص بعد',
  'reliability.check.uncheckedTitle': 'لم تُقرأ بعد: تُفحص عند فتح القائمة مجدداً، ودائماً قبل أي استعادة',
  'reliability.check.readable': 'مقروءة',
  'reliability.check.readableTitle': 'أُخذت قبل أن تحمل النسخ الاحتياطية مجاميع اختبارية؛ قُرئ كل ملف وحُلّل بلا خطأ',
  'reliability.check.damaged': 'تالفة: لا يمكن استعادتها',

  'reliability.disconnected.staleToken':
    '<strong>أُعيد تشغيل Tessera بمفتاح جديد، فلا يمكن لهذا التبويب أن يعيد الاتصال.</strong> افتح العنوان الذي طبعه عند بدئه؛ ولطباعته مجدداً، شغّل <code>npx tessera address</code> في مجلد Tessera.',
  'reliability.disconnected.notAnswering':
    '<strong>خادم Tessera لا يستجيب.</strong> يعيد هذا التبويب الاتصال بنفسه عندما يبدأ Tessera مجدداً على هذا العنوان (npm start أو tessera serve)؛ وإن بدأ على عنوان آخر، فشغّل <code>npx tessera address</code> لطباعته ثم افتحه.',

  'reliability.kept.label': 'تغييرات غير محفوظة',
  'reliability.kept.couldNotSave':
    'تعذّر حفظ {count, plural, zero {أي تغيير} one {تغيير واحد} two {تغييرين} few {# تغييرات} many {# تغييراً} other {# تغيير}} في «{title}»: {reason}',
  'reliability.kept.inMemory':
    '{count, plural, zero {لا تغييرات محفوظة} one {هذا التغيير محفوظ} two {هذان التغييران محفوظان} few {هذه التغييرات محفوظة} many {هذه التغييرات محفوظة} other {هذه التغييرات محفوظة}} في الذاكرة لا على القرص، وتُعاد محاولة الحفظ كل {seconds, plural, zero {# ثانية} one {ثانية} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}. لا تُغلق Tessera قبل أن يتم الحفظ.',
  'reliability.kept.stillNotSaved':
    'لم يتم الحفظ بعد: {count, plural, zero {لا تغييرات} one {تغيير واحد} two {تغييران} few {# تغييرات} many {# تغييراً} other {# تغيير}} في الذاكرة.',
  'reliability.kept.retrying': 'جارٍ إعادة المحاولة…',
  'reliability.kept.retry': 'أعد المحاولة الآن',

  'reliability.quarantine.label': 'مقالات تالفة',
  'reliability.quarantine.intro':
    '{count, plural, zero {لا ملفات مقالات تالفة} one {وُجد ملف مقال تالفاً فنُقل جانباً} two {وُجد ملفا مقالين تالفَين فنُقلا جانباً} few {وُجدت # ملفات مقالات تالفة فنُقلت جانباً} many {وُجد # ملفاً تالفاً فنُقلت جانباً} other {وُجد # ملف تالف فنُقلت جانباً}} (لم يُستبدل أي شيء):',
  'reliability.quarantine.entry': '{file} ({title}): {reason}. نُقل إلى {path} في {when}.',
  'reliability.quarantine.restoring': 'جارٍ الاستعادة…',
  'reliability.quarantine.restore': 'استعادة من النسخة الاحتياطية ({backup})',
  'reliability.quarantine.noBackup': 'لا توجد نسخة احتياطية تحمل نسخة مقروءة من هذا المقال.',
  'reliability.quarantine.dismiss': 'إخفاء'
}
