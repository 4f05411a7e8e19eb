import type { importReport as english } from '../en/importReport'

/** A placeholder for user text (a file name, a label), isolated so Latin text keeps its order in an Arabic sentence. */
export const user = (name: string) => `\u2068{${name}}\u2069`

const ATTRIBUTE_TYPE = (name: string) => `{${name}, select, text {النص} number {الأعداد} choice {الاختيار} flag {نعم/لا} other {${user(name)}}}`

/** Arabic: an import's report: warnings, skip and failure reasons, what happened to spans, tags and relations on the way in; plurals give all six forms (zero, one, two, few, many, other). */
export const importReport: Record<keyof typeof english, string> = {
  'importReport.couldNotBeImported': 'تعذّر استيراده ({reason})',

  'importReport.overLimit': 'حجمه {size}، وهو أكبر من حدّ الاستيراد البالغ {limit}.',
  'importReport.empty': 'فارغ.',
  'importReport.noDocument': 'لا يحوي أي مقال.',
  'importReport.document.nul': 'ليس نصاً: فيه محارف NUL.',
  'importReport.document.noText': 'فارغ: لا نص فيه للتعليق عليه.',
  'importReport.document.tooLong': 'أطول من {millions, number, ::group-off} مليون محرف، أي أكثر مما يسعه مقال واحد: قسّمه.',
  'importReport.document.spansNotCarried': 'يتغيّر نصه عند التطبيع على نحو لا يستطيع Tessera معه نقل المقاطع بدقة؛ لم يُستورد منه شيء.',

  'importReport.sidecar.notDocument': '{kind}: ليس مقالاً، تُخطّي',
  'importReport.sidecar.readWith': '{kind}: قُرئ مع ملفات التعليقات التوضيحية المجاورة له',
  'importReport.sidecar.bratTags': 'مجموعة وسوم brat (annotation.conf)',
  'importReport.sidecar.bratDisplay': 'إعدادات العرض في brat (visual.conf)',
  'importReport.sidecar.bratTools': 'إعدادات أدوات brat (tools.conf)',
  'importReport.sidecar.bratShortcuts': 'اختصارات لوحة المفاتيح في brat (kb_shortcuts.conf)',
  'importReport.sidecar.tesseraMetadata': 'البيانات الوصفية لتصدير brat من Tessera (tessera.json)',
  'importReport.sidecar.bratStatistics': 'ذاكرة إحصاءات brat المؤقتة',
  'importReport.sidecar.metadata': `ملف بيانات وصفية مرافق (${user('name')})`,
  'importReport.sidecar.besideBrat': `${user('name')} يجاور أزواج ‎.txt/.ann التي يقرؤها brat وليس منها (ملف README أو LICENSE أو ملف آخر من ملفات المجلد)`,

  'importReport.fileNote': `${user('file')}: {note}`,
  'importReport.documentSkipped': `${user('origin')}: تُخطّي، {reason}`,
  'importReport.sameTextImportedAnyway': 'النص نفسه، واستُورد رغم ذلك',
  'importReport.documentFieldsAdded': `${user('file')}: {count, plural, zero {لم يُضف حقل مقال} one {أُضيف حقل المقال} two {أُضيف حقلا المقال} few {أُضيفت حقول المقال} many {أُضيفت حقول المقال} other {أُضيفت حقول المقال}} ${user('fields')}.`,
  'importReport.lineEndings': `${user('origin')}: حُوِّلت {count, plural, zero {لا نهايات أسطر} one {نهاية سطر واحدة} two {نهايتا سطر} few {# نهايات أسطر} many {# نهاية سطر} other {# نهاية سطر}} من نمط Windows ‏(CRLF) إلى LF؛ ونُقلت كل إزاحة مع النص، وبقي النص عدا ذلك كما ورد.`,
  'importReport.span': `مقطع ${user('tag')} {start, number, ::group-off}–{end, number, ::group-off}`,
  'importReport.span.asGiven': `مقطع ${user('tag')} ${user('start')}–${user('end')}`,
  'importReport.span.doesNotFit': `${user('origin')}: أُسقط {span}: لا يقع ضمن النص (طوله {length, number, ::group-off} من وحدات UTF-16، والإزاحات {unit, select, codepoint {بنقاط الترميز} other {بوحدات UTF-16}}).`,
  'importReport.span.onlyRemoved': `${user('origin')}: أُسقط {span}: لم يكن فيه إلا محارف يزيلها التطبيع (مسافات بيضاء، نهايات أسطر).`,
  'importReport.span.widened': `${user('origin')}: وُسِّع {span} ليشمل محارف كاملة: وقع أحد طرفيه داخل محارف دمجها التطبيع (علامة تشكيل، CRLF).`,
  'importReport.span.noTag': `${user('origin')}: أُسقط {span}: لا وسم «${user('tag')}» في المشروع، ولم تُطلب إضافة وسوم جديدة.`,
  'importReport.attribute.leftOut': `${user('origin')}: أُسقطت سمة لمقطع ${user('tag')} ({problem}).`,
  'importReport.attribute.undefined': `لا سمة ${user('attribute')} في الوسم ${user('tag')}`,
  'importReport.entity.unlinked': `${user('origin')}: تُرك مقطع ${user('tag')} غير مربوط: لا يذكر الملف كياناً من نوع ${user('tag')} بالمعرّف ${user('entity')}.`,
  'importReport.relation.leftOut': `${user('origin')}: أُسقطت علاقة من نوع ${user('type')}: {reason}`,
  'importReport.relation.noSuchType': 'لا يعرّف هذا المشروع نوع العلاقة هذا (عرّفه في إعدادات المشروع، ثم أعد الاستيراد).',
  'importReport.relation.spanNotImported': `${user('origin')}: أُسقطت علاقة من نوع ${user('type')} لم يُستورد أحد مقطعيها.`,

  'importReport.cross.leftOut': `${user('origin')}: أُسقطت علاقة من نوع ${user('type')} إلى مقطع في المقال ${user('document')}: {reason}`,
  'importReport.cross.builtIn': `علاقة ${user('type')} تربط بين تعليقات توضيحية في مقال واحد.`,
  'importReport.cross.sameDocument': 'طرفاها كلاهما في مقال واحد من المشروع.',
  'importReport.cross.spanNotImported': `لم يُستورد مقطع {role, select, source {مصدرها} other {هدفها}} ${user('annotation')}.`,
  'importReport.cross.noDocument': `مقال {role, select, source {مصدرها} other {هدفها}} ${user('document')} لم يُستورد من هذا الملف وليس في المشروع.`,
  'importReport.cross.withoutId': '(بلا معرّف)',
  'importReport.cross.noAnnotation': `لا يحوي مقال المشروع ${user('document')} («${user('title')}») تعليقاً توضيحياً بالمعرّف ${user('annotation')}.`,
  'importReport.cross.notWritten': `${user('file')}: استُوردت مقالاته، لكن لم تُستورد علاقاته بين المقالات ({count, plural, zero {لا علاقات} one {علاقة واحدة} two {علاقتان} few {# علاقات} many {# علاقة} other {# علاقة}}): {reason} لم تُكتب أيّ منها: حُفظت المقالات من دونها.`,
  'importReport.sentence': '{text}.',

  'importReport.tags.conflict': `يعرّف الملف السمة ${user('attribute')} للوسم ${user('tag')} بأنها {theirs}، ويعرّفها المشروع بأنها {ours}: أُبقي تعريف المشروع، وأُسقطت القيم التي لا توافقه ({conflict}).`,
  'importReport.tags.notAdded': `يعلن الملف السمة ${user('attribute')} للوسم ${user('tag')}، وليست في المشروع؛ لم تُضف لأن إضافة الوسوم والسمات الجديدة لم تُطلب: أُسقطت قيمها.`,
  'importReport.tags.invalid': `السمة ${user('attribute')} للوسم ${user('tag')} في الملف ليست تعريفاً يستطيع Tessera الاحتفاظ به ({problem})؛ أُسقطت قيمها.`,
  'importReport.tags.invalidDefault': 'غير صالح',
  'importReport.tags.full': `لم تُضف السمة ${user('attribute')} إلى الوسم ${user('tag')}: للوسم {max, plural, zero {لا سمات} one {سمة واحدة} two {سمتان} few {# سمات} many {# سمة} other {# سمة}}، وهو أقصى ما يحمله وسم؛ أُسقطت قيمها.`,
  'importReport.tags.otherType': `قيم ${ATTRIBUTE_TYPE('theirs')} ليست من قيم ${ATTRIBUTE_TYPE('ours')}`,
  'importReport.tags.missingChoices': `ليس في المشروع الخيار ${user('choices')}`,
  'importReport.tags.choiceOf': `اختيار من ${user('values')}`,
  'importReport.tags.yesOrNo': 'نعم أو لا',
  'importReport.tags.type': `{type, select, text {نص} number {عدد} other {${user('type')}}}`,

  'importReport.worker.stopped': 'لم يُقرأ: أُوقف الاستيراد.',
  'importReport.worker.closed': 'لم يُقرأ: أُغلقت عمليات الاستيراد الخلفية.',
  'importReport.worker.didNotStart': 'لم يُقرأ: لم تبدأ عملية الاستيراد الخلفية.',
  'importReport.worker.outOfMemory': 'احتاجت قراءته إلى أكثر من {megabytes, number, ::group-off} ميغابايت من الذاكرة.',
  'importReport.worker.crashed': 'تعذّر استيراده (توقفت عملية الاستيراد الخلفية: {error}).',
  'importReport.worker.exited': 'تعذّر استيراده (توقفت عملية الاستيراد الخلفية برمز الخروج {code}).',
  'importReport.worker.tooSlow': 'استغرقت قراءته أكثر من {time}.',
  'importReport.seconds': '{seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}',
  'importReport.secondsTenths': '{seconds, number, ::.0 group-off} ثانية',

  'importReport.path.missing': 'غير موجود.',
  'importReport.path.unreadable': 'تتعذّر قراءته ({error}).',
  'importReport.path.denied': 'تتعذّر قراءته: الإذن مرفوض.',
  'importReport.path.notAFolder': 'غير موجود (جزء من مساره ليس مجلداً).',
  'importReport.path.loop': 'رابط رمزي يدور في حلقة.',
  'importReport.path.brokenLink': 'رابط رمزي معطوب.',
  'importReport.path.tooLargeToHandOff':
    'حجمه {size}: الملف الأكبر من {limit} لا يستورده سطراً سطراً إلا `tessera import` نفسه، والمشروع مفتوح في Tessera. أغلقه هناك وأعد تشغيل الاستيراد.',

  'importReport.line.imported': `استُورد ${user('file')}: ${user('title')}`,
  'importReport.line.importedAnnotations': `استُورد ${user('file')}: ${user('title')} ({count, plural, zero {لا تعليقات توضيحية} one {تعليق توضيحي واحد} two {تعليقان توضيحيان} few {# تعليقات توضيحية} many {# تعليقاً توضيحياً} other {# تعليق توضيحي}})`,
  'importReport.line.duplicate': `تُخطّي ${user('file')}: نصه مطابق لنص «${user('title')}» (لاستيراده رغم ذلك استخدم --allow-duplicates)`,
  'importReport.line.nearDuplicate': `مكرَّر محتمل ${user('file')}: «${user('title')}» قريب من «${user('similar')}» ({reason})`,
  'importReport.line.encoding': `الترميز ${user('file')}: ${user('encoding')}`,
  'importReport.line.newTag': `وسم جديد ${user('id')}: ${user('label')}`,
  'importReport.line.newAttribute': `سمة جديدة ${user('id')} للوسم ${user('tag')}: ${user('label')} ({type, select, text {نص} number {عدد} choice {اختيار} flag {نعم/لا} other {${user('type')}}})`,
  'importReport.line.warning': 'تحذير: {warning}',
  'importReport.line.skipped': `تُخطّي ${user('file')}: {reason}`,
  'importReport.line.failed': `فشل ${user('file')}: {reason}`,
  'importReport.line.counts': 'استُورد {imported, number}، وتُخطّي {skipped, number} (مكرَّرات)، وفشل {failed, number}.'
}
