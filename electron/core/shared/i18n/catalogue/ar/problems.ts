import type { problems as english } from '../en/problems'

/** A placeholder for user text (a file name, a label), isolated so Latin text keeps its order in an Arabic sentence. */
export const user = (name: string) => `\u2068{${name}}\u2069`

/** Arabic: the core's errors outside import and export: invalid input, not found, locks, saves, projects, backups; plurals give all six forms (zero, one, two, few, many, other). */
export const problems: Record<keyof typeof english, string> = {
  // Part 2: entities, relations, the workspace, projects, the HTTP server and the desktop's IPC.
  'problems.entities.notFound': `لا كيان بالمعرّف ${user('id')} في هذا المشروع.`,
  'problems.entities.notAMention': `«${user('quote')}» موسوم ${user('tag')}: لا يُربط بالكيانات إلا الإشارات (الفاعلون والأماكن وما شابهها).`,
  'problems.entities.needsName': 'يحتاج الكيان إلى اسم.',
  'problems.entities.mergeIntoItself': 'لا يُدمج الكيان في نفسه.',
  'problems.entities.mergeTypes': `«${user('source')}» من نوع ${user('sourceType')} و«${user('target')}» من نوع ${user('targetType')}: لا تُدمج إلا الكيانات من نوع واحد.`,
  'problems.entities.tagMismatch': `«${user('quote')}» موسوم ${user('tag')}، و«${user('name')}» كيان من نوع ${user('type')}.`,
  'problems.entities.noWord': `لا يحوي «${user('quote')}» كلمة يُبحث عنها.`,

  'problems.relations.type.attributedTo': 'منسوب إلى',
  'problems.relations.type.statedIn': 'مذكور في',
  'problems.relations.sameEnds': 'تربط العلاقة بين تعليقين توضيحيين مختلفين.',
  'problems.relations.exists': `العلاقة «${user('type')}» قائمة من قبل بين «${user('from')}» و«${user('to')}».`,
  'problems.relations.oneDocument': `علاقة «${user('type')}» تربط تعليقات توضيحية في مقال واحد.`,
  'problems.relations.notAcross': `علاقة «${user('type')}» تربط تعليقات توضيحية في مقال واحد؛ لا يسمح هذا النوع بطرفين في مقالين مختلفين.`,
  'problems.relations.unknownType': `لا يوجد في هذا المشروع نوع علاقة باسم «${user('type')}».`,
  'problems.relations.unknownTypeDefine': `لا يوجد في هذا المشروع نوع علاقة باسم «${user('type')}»: عرّفه في إعدادات المشروع أولاً.`,
  'problems.relations.notInDocument': `لا علاقة بالمعرّف ${user('id')} في المقال «${user('title')}».`,
  'problems.relations.notFound': `لا علاقة بالمعرّف ${user('id')} في هذا المشروع.`,
  'problems.relations.idExists': `العلاقة ${user('id')} موجودة من قبل.`,
  'problems.relations.wrongStart': `يجب أن تبدأ علاقة «${user('type')}» من {count, plural, zero {مقطع موسوم ${user('tags')}} one {مقطع موسوم ${user('tags')}} two {مقطع موسوم بأحد الوسمين ${user('tags')}} few {مقطع موسوم بأحد الوسوم ${user('tags')}} many {مقطع موسوم بأحد الوسوم ${user('tags')}} other {مقطع موسوم بأحد الوسوم ${user('tags')}}}؛ و«${user('quote')}» موسوم ${user('tag')}.`,
  'problems.relations.wrongEnd': `يجب أن تشير علاقة «${user('type')}» إلى {count, plural, zero {مقطع موسوم ${user('tags')}} one {مقطع موسوم ${user('tags')}} two {مقطع موسوم بأحد الوسمين ${user('tags')}} few {مقطع موسوم بأحد الوسوم ${user('tags')}} many {مقطع موسوم بأحد الوسوم ${user('tags')}} other {مقطع موسوم بأحد الوسوم ${user('tags')}}}؛ و«${user('quote')}» موسوم ${user('tag')}.`,
  'problems.relations.twin': `العلاقة «${user('type')}» بين «${user('from')}» و«${user('to')}» موجودة من قبل.`,
  'problems.relations.typeInvalid': `نوع العلاقة ${user('path')}: {problem}.`,
  'problems.relations.typeInvalid.unknown': 'غير صالح',
  'problems.relations.typeInvalid.builtIn': 'النوعان «منسوب إلى» و«مذكور في» مدمجان في البرنامج',
  'problems.relations.typeInvalid.needsName': 'يحتاج نوع العلاقة إلى اسم',
  'problems.relations.typeInvalid.needsSource': 'اذكر وسماً واحداً على الأقل للبداية',
  'problems.relations.typeInvalid.needsTarget': 'اذكر وسماً واحداً على الأقل للهدف',
  'problems.relations.typeInvalid.sameId': `لنوعين من أنواع العلاقات المعرّف نفسه «${user('id')}»`,
  'problems.relations.typeUnknownTag': `يذكر نوع العلاقة «${user('label')}» الوسم «${user('tag')}»، وهو ليس في هذا المشروع.`,
  'problems.relations.typeInUse':
    `«${user('label')}» مستخدم في {count, plural, zero {لا علاقات} one {علاقة واحدة} two {علاقتين} few {{count, number} علاقات} many {{count, number} علاقة} other {{count, number} علاقة}}؛ {count, plural, zero {احذفها} one {احذفها} two {احذفهما} few {احذفها} many {احذفها} other {احذفها}} قبل حذف النوع.`,

  'problems.workspace.noProject': 'لا مشروع مفتوح: افتح مشروعاً أو أنشئ واحداً أولاً.',
  'problems.workspace.chooseFolder': 'اختر مجلداً للمشروع الجديد.',
  'problems.workspace.alreadyProject': `في ${user('folder')} مشروع Tessera من قبل: افتحه بدلاً من إنشاء غيره.`,
  'problems.workspace.sampleNeedsDataFolder': 'يحتاج مشروع المثال إلى مجلد بيانات، ولا مجلد بيانات لهذه الجلسة.',
  'problems.workspace.noProjectIn': `لا يحوي ${user('folder')} مشروع Tessera (لا يوجد project.json): اختر مجلد مشروع، أو أنشئ مشروعاً جديداً.`,
  'problems.workspace.nothingToRepair': `لا يحوي ${user('folder')} ملف project.json تالفاً: لا شيء يحتاج إلى إصلاح.`,

  'problems.projects.alreadyProject': `في ${user('dir')} مشروع Tessera من قبل؛ افتحه بدلاً من إنشاء غيره.`,

  'problems.server.inputNotJson': 'أرسل المُدخلات بصيغة JSON، مع الترويسة Content-Type: application/json.',
  'problems.server.exportOptionsNotJson': 'أرسل خيارات التصدير بصيغة JSON، مع الترويسة Content-Type: application/json.',
  'problems.server.projectHeader': `الترويسة ${user('header')} ليست مجلداً مُرمَّزاً بترميز URI.`,
  'problems.server.bodyTooLarge': 'محتوى الطلب أكبر من {size}.',
  'problems.server.megabytes': '{count, number, ::group-off} ميغابايت',
  'problems.server.bytes': '{count, plural, zero {# بايت} one {بايت واحد} two {بايتان} few {# بايتات} many {# بايتاً} other {# بايت}}',
  'problems.server.bodyCutOff': 'انقطع محتوى الطلب قبل نهايته.',
  'problems.server.bodyNotUtf8': 'محتوى الطلب ليس بترميز UTF-8.',
  'problems.server.bodyNotJson': `محتوى الطلب ليس JSON صالحاً: ${user('problem')}`,
  'problems.server.methodNotAllowed': `لا يجيب هذا العنوان إلا عن ${user('methods')}.`,
  'problems.server.methodPair': `${user('first')} و${user('second')}`,
  'problems.server.tooManyStreams': 'تدفقات الأحداث المفتوحة كثيرة جداً ({count, number}): أغلق بعض تبويبات Tessera.',
  'problems.server.noExport': `لا تصدير منتهياً بالمعرّف ${user('id')}: تُحفظ التقارير عشر دقائق بعد انتهاء التنزيل.`,
  'problems.server.wrongHost': 'لا يجيب هذا الخادم إلا عن الطلبات الموجّهة إلى 127.0.0.1 أو localhost.',
  'problems.server.otherSite': 'تُرفض الطلبات الآتية من مواقع أخرى.',
  'problems.server.needsToken': 'يلزم رمز وصول صالح في الترويسة Authorization: Bearer.',
  'problems.server.unexpected': `خطأ غير متوقع: ${user('problem')}`,
  'problems.server.discovery.ignored': `تُجوهل ${user('path')}: {why}.`,
  'problems.server.discovery.symlink': 'فهو رابط رمزي، لا ملف كتبه هذا المستخدم',
  'problems.server.discovery.unreadable': `فقد تعذّرت قراءته (${user('problem')})`,
  'problems.server.discovery.notAFile': 'فهو ليس ملفاً عادياً',
  'problems.server.discovery.tooLarge': 'فحجمه {size, number} بايت، وهو أكبر بكثير مما يحويه ملف الاكتشاف',
  'problems.server.discovery.otherOwner': 'فهو ملك مستخدم آخر (uid {owner, number, ::group-off})، لا ملكك (uid {uid, number, ::group-off})',
  'problems.server.discovery.readable': `فبوسع مستخدمين آخرين قراءته أو تغييره (الصلاحيات ${user('mode')}؛ ويجب أن تكون 0600)`,
  'problems.server.discovery.invalid': 'فهو ليس ملف اكتشاف صالحاً',

  'problems.ipc.forbidden': `لا تُقبل الاستدعاءات الآتية من ${user('url')}.`,
  'problems.ipc.unknownFrame': 'إطار مجهول',
  'problems.ipc.methodNotString': 'يجب أن يكون اسم الطريقة نصاً.'
}
