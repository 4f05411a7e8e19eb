import type { problems as english } from '../en/problems'

/** A placeholder for user text (a file name, a label), isolated so Latin text keeps its order in an Arabic sentence. */
export const user = (name: string) => `\u2068{${name}}\u2069`

/** Arabic: the core's errors outside import and export: invalid input, not found, locks, saves, projects, backups; plurals give all six forms (zero, one, two, few, many, other). */
export const problems: Record<keyof typeof english, string> = {
  // Part 1: the API's own checks, annotations, tags, documents, search, views and the store.
  'problems.core.projectChanged': `كانت هذه النافذة لا تزال تعرض المشروع في ${user('shown')}، لكن المفتوح الآن هو ${user('open')}: ستُعيد النافذة تحميله.`,
  'problems.core.unknownMethod': `لا توجد عملية باسم «${user('method')}».`,
  'problems.core.invalidInput': `${user('method')}: ${user('problems')}`,
  'problems.core.invalidInputMore':
    `${user('method')}: ${user('problems')}؛ … و{more, plural, zero {لا مشكلات أخرى} one {مشكلة أخرى} two {مشكلتان أخريان} few {# مشكلات أخرى} many {# مشكلةً أخرى} other {# مشكلة أخرى}}`,
  'problems.core.unexpected': `خطأ غير متوقع: ${user('message')}`,
  'problems.core.join': '{first}؛ {rest}',
  'problems.core.list': '{first}، {rest}',

  'problems.annotations.alreadyExists': `التعليق التوضيحي ${user('id')} موجود من قبل في «${user('title')}».`,
  'problems.annotations.noSuchAttribute': `ليس للوسم ${user('tag')} سمة باسم «${user('attribute')}» (سماته: {known}).`,
  'problems.annotations.noAttributes': 'لا شيء',
  'problems.annotations.valueDoesNotFit': `{problem}: القيمة ${user('value')} لا تناسبها.`,
  'problems.annotations.attributeIsText': `${user('attribute')} نص`,
  'problems.annotations.attributeIsNumber': `${user('attribute')} عدد`,
  'problems.annotations.attributeIsFlag': `${user('attribute')} نعم أو لا`,
  'problems.annotations.attributeIsChoice': `${user('attribute')} واحدة من: ${user('values')}`,
  'problems.annotations.unknownTag': `وسم غير معروف «${user('tag')}»: وسوم هذا المشروع هي ${user('tags')}.`,
  'problems.annotations.alreadyTagged': `«${user('quote')}» موسوم بالفعل بالوسم ${user('tag')}.`,
  'problems.annotations.spanBackwards': 'يجب أن ينتهي المقطع بعد بدايته (البداية {start, number, ::group-off}، النهاية {end, number, ::group-off}).',
  'problems.annotations.spanPastEnd':
    'المقطع {start, number, ::group-off}–{end, number, ::group-off} يتجاوز نهاية النص (طول النص {length, number, ::group-off} من وحدات UTF-16).',
  'problems.annotations.spanCutsCharacter':
    'المقطع {start, number, ::group-off}–{end, number, ::group-off} يقسم حرفاً إلى نصفين (رمزاً تعبيرياً أو حرفاً آخر خارج المستوى الأساسي).',
  'problems.annotations.notFound': `لا يوجد تعليق توضيحي ${user('id')} في المقال «${user('title')}».`,
  'problems.annotations.noneReported': 'لم يُعِد الأمر أي تعليق توضيحي.',
  'problems.annotations.nothingToTag': 'لا شيء للوسم: التحديد لا يضم إلا مسافات وعلامات ترقيم.',

  'problems.tags.notFound': `لا يوجد وسم «${user('tag')}» في هذا المشروع.`,
  'problems.tags.moveToItself': `اختر وسماً غير ${user('tag')} لنقل تعليقاته التوضيحية إليه.`,
  'problems.tags.tooMany': 'الحد الأقصى لعدد الوسوم في المشروع {max, number, ::group-off}.',
  'problems.tags.idTaken': `يوجد من قبل وسم بالمعرّف «${user('id')}».`,
  'problems.tags.needsLabel': 'يحتاج الوسم إلى اسم.',
  'problems.tags.labelTaken': `يوجد وسم آخر باسم «${user('label')}».`,
  'problems.tags.keyTaken': `المفتاح ${user('key')} يطبّق من قبل الوسم ${user('tag')}؛ اختر مفتاحاً آخر أو حرّره أولاً.`,
  'problems.tags.attributeTwice': `يعرّف الوسم ${user('tag')} السمة «${user('attribute')}» مرتين.`,
  'problems.tags.notAColour': `${user('colour')} ليس لوناً بالصيغة ‎#rrggbb.`,
  'problems.tags.hardToRead': `سيصعب قراءة اللون ${user('colour')}: {problems}. {advice}`,
  'problems.tags.textContrast':
    `تباين النص على تظليله ${user('measured')}:1 في {theme, select, light {المظهر الفاتح} other {المظهر الداكن}} (المطلوب ${user('needed')}:1)`,
  'problems.tags.underlineContrast':
    `تباين خطه السفلي ${user('measured')}:1 مع الصفحة في {theme, select, light {المظهر الفاتح} other {المظهر الداكن}} (المطلوب ${user('needed')}:1)`,
  'problems.tags.chooseDarker': 'اختر لوناً أغمق.',
  'problems.tags.chooseLighter': 'اختر لوناً أفتح.',

  'problems.documents.relationExists': `العلاقة ${user('id')} موجودة من قبل في «${user('title')}».`,
  'problems.documents.relationNotFound': `لا توجد علاقة ${user('id')} في المقال «${user('title')}».`,
  'problems.documents.notFoundNothingDeleted':
    `لا يوجد في هذا المشروع {count, plural, zero {مقال بالمعرّفات} one {مقال بالمعرّف} two {مقالان بالمعرّفين} few {مقالات بالمعرّفات} many {مقالات بالمعرّفات} other {مقالات بالمعرّفات}} ${user('ids')}؛ لم يُحذف شيء.`,
  'problems.documents.noSuchField': `لا يوجد حقل مقالات «${user('field')}» في هذا المشروع.`,
  'problems.documents.fieldValue': '{problem}.',
  'problems.documents.fieldIsText': `${user('field')} نص`,
  'problems.documents.fieldIsNumber': `${user('field')} عدد`,
  'problems.documents.fieldIsChoice': `${user('field')} واحدة من: ${user('values')}`,
  'problems.documents.fieldIsList': `${user('field')} قائمة من: ${user('values')}`,
  'problems.documents.fieldHasNoValue': `ليس في ${user('field')} القيمة «${user('value')}» (قيمه: ${user('values')})`,
  'problems.documents.fieldValueTwice': `${user('field')} يذكر قيمة مرتين`,
  'problems.documents.notText': `${user('file')} ليس ملفاً نصياً (فيه بايتات NUL).`,
  'problems.documents.empty': `${user('file')} فارغ: لا نص فيه للتعليق عليه.`,

  'problems.search.tooManyToTag':
    `عدد المواضع غير الموسومة التي يطابقها «${user('query')}» هو {total, number, ::group-off}، ويُرفض وسم أكثر من {max, number, ::group-off} دفعة واحدة. ضيّق البحث (كلمة كاملة، حالة الأحرف، مقال واحد).`,
  'problems.search.noTerms': 'اكتب كلمة أو «عبارة» للبحث عنها',
  'problems.search.pattern': 'النمط {problem} عند الحرف {at, number, ::group-off}.',
  'problems.search.unexpected': `فيه «${user('character')}» في غير موضعه`,
  'problems.search.repeatsAnchor': 'يكرّر مرساة',
  'problems.search.countsPast': 'فيه عدد تكرار يتجاوز {max, number, ::group-off}',
  'problems.search.countBelowMinimum': 'فيه عدد تكرار حدّه الأعلى أقل من حدّه الأدنى',
  'problems.search.nothingToRepeat': 'فيه تكرار لا شيء قبله يُكرَّر',
  'problems.search.unsupported': `يستخدم {construct} ${user('syntax')}، ولا يستطيع بحث خطي الزمن تنفيذه`,
  'problems.search.lookahead': 'النظر إلى الأمام',
  'problems.search.negativeLookahead': 'النظر السلبي إلى الأمام',
  'problems.search.lookbehind': 'النظر إلى الخلف',
  'problems.search.negativeLookbehind': 'النظر السلبي إلى الخلف',
  'problems.search.unfinishedGroupName': 'فيه اسم مجموعة غير مكتمل',
  'problems.search.groupModifier': 'يستخدم معدِّل مجموعة ‎(?…)‎ غير مدعوم',
  'problems.search.missingParenthesis': 'ينقصه قوس إغلاق «)»',
  'problems.search.missingBracket': 'ينقصه قوس إغلاق «]»',
  'problems.search.loneBackslash': 'ينتهي بشرطة مائلة عكسية «\\» وحدها',
  'problems.search.backreference': 'يستخدم مرجعاً خلفياً، ولا يستطيع بحث خطي الزمن تنفيذه',
  'problems.search.unfinishedProperty': "فيه ‎\\p'{…}'‎ غير مكتمل",
  'problems.search.unfinishedCodePoint': "فيه ‎\\u'{…}'‎ غير مكتمل",
  'problems.search.invalidPart': `فيه جزء غير صالح ${user('part')} (${user('reason')})`,
  'problems.search.tooLarge': 'النمط أكبر من أن يُنفَّذ (أكثر من {max, number, ::group-off} خطوة لكل حرف)؛ استخدم أعداد تكرار أصغر.',
  'problems.search.tookTooLong': 'استغرق البحث وقتاً طويلاً فأُوقف؛ ضيّقه (مقالات أقل، نمط أدق).',

  'problems.store.diskFull': `القرص ممتلئ: تعذّر حفظ ${user('folder')}. حرّر بعض المساحة ثم أعد المحاولة.`,
  'problems.store.readOnlyFolder':
    `المجلد ${user('folder')} للقراءة فقط: لا يستطيع Tessera قفل المشروع أو حفظه هناك. انسخ المشروع إلى مجلد تستطيع الكتابة فيه، أو امنح نفسك إذن الكتابة عليه؛ وما زالت قراءته ممكنة (tessera list، tessera export).`,
  'problems.store.inputOutput':
    `تعذّرت الكتابة في ${user('folder')}: أبلغ القرص عن خطأ في الإدخال والإخراج (ربما يكون معطوباً أو نُزع). افحص القرص ثم أعد المحاولة.`,
  'problems.store.theProjectFolder': 'مجلد المشروع',
  'problems.store.documentNotFound': `لا يوجد مقال بالمعرّف ${user('id')} في هذا المشروع.`,
  'problems.store.fileProblem': `${user('path')} {problem}`,
  'problems.store.readFailed': `${user('path')}: ${user('reason')}`,
  'problems.store.notJson': `ليس JSON صالحاً: ${user('reason')}`,
  'problems.store.empty': 'فارغ.',
  'problems.store.unexpectedContent': 'لا يحوي ما يتوقعه Tessera{issue}',
  'problems.store.issueAt': ` عند ${user('path')}: {detail}`,
  'problems.store.issueHere': ': {detail}',
  'problems.store.issueDetail': `{subject}${user('message')}`,
  'problems.store.issueTooMany': `{subject}فيه {count, number, ::group-off} من ${user('items')}، فوق الحد الأقصى {max, number, ::group-off}`,
  'problems.store.issueTooManyUncounted': `{subject}فيه من ${user('items')} ما يتجاوز الحد الأقصى {max, number, ::group-off}`,
  'problems.store.issueInTag': `الوسم «${user('label')}» `,
  'problems.store.issueInItem': `العنصر «${user('label')}» `,
  'problems.store.issueInvalid': 'غير صالح',
  'problems.store.doesNotFit': ': لا يطابق المخطط',
  'problems.store.wouldNotOpen': `لم يُكتب في ${user('path')}: لن يُفتح بعد ذلك (سيكون محتواه خاطئاً{problem}).`,
  'problems.store.socketOrDevice': 'ليس ملفاً عادياً (مقبس أو جهاز): لا يقرأ Tessera إلا الملفات العادية.',
  'problems.store.notRegularFile':
    'ليس ملفاً عادياً ({kind, select, folder {مجلد} fifo {أنبوب FIFO} device {جهاز} socket {مقبس} other {ليس ملفاً عادياً}}): لا يقرأ Tessera إلا الملفات العادية.',
  'problems.store.tooLarge': 'أكبر من اللازم ({size} ميغابايت؛ والحد {limit} ميغابايت).',
  'problems.store.grewTooLarge': 'أكبر من اللازم (تجاوز حدّ {limit} ميغابايت أثناء قراءته).',
  'problems.store.documentMissing': `${user('path')} مفقود: يذكره المشروع لكن الملف غير موجود.`,
  'problems.store.otherDocument':
    `يحوي ${user('path')} المقال «${user('found')}» لا «${user('id')}» كما يقول ${user('listing')}: لن يستخدمه Tessera بأي من المعرّفين.`,
  'problems.store.journalMismatch':
    `يحوي ${user('journal')} تغييرات ليست في ${user('json')}، وقد استُبدل ${user('json')} بعد بدء السجل. يُبقي Tessera الملفين كما هما؛ استعِد ${user('json')} من نسخة احتياطية أو انقل السجل بعيداً لتفتح المقال دون تلك التغييرات.`,
  'problems.store.newerDocument':
    `كتب ${user('path')} إصدارٌ أحدث من Tessera (مخطط المقال {version, number, ::group-off}؛ وهذا الإصدار يعرف حتى {known, number, ::group-off}). افتح المشروع بذلك الإصدار الأحدث؛ لم يُغيَّر الملف.`,
  'problems.store.newerProject':
    `كتب ${user('path')} إصدارٌ أحدث من Tessera (مخطط المشروع {version, number, ::group-off}؛ وهذا الإصدار يعرف حتى {known, number, ::group-off}). افتحه بذلك الإصدار الأحدث؛ لم يُغيَّر شيء.`,
  'problems.store.journalEmpty': `${user('path')} فارغ: يجب أن يبدأ بسطر ترويسة.`,
  'problems.store.journalHeader': `السطر 1 من ${user('path')} ليس ترويسة سجل يعرفها Tessera.`,
  'problems.store.journalLineDamaged': `السطر {line, number, ::group-off} من ${user('path')} تالف: ${user('detail')}`,
  'problems.store.journalLineDamagedBare': `السطر {line, number, ::group-off} من ${user('path')} تالف.`,
  'problems.store.journalLineNotJson': `السطر {line, number, ::group-off} من ${user('path')} تالف: ليس JSON.`,
  'problems.store.invalidDocumentId': `«${user('id')}» ليس معرّف مقال صالحاً.`,
  'problems.store.duplicateDocument': `يوجد من قبل مقال بالمعرّف ${user('id')} في ${user('dir')}.`,
  'problems.store.openedReadOnly': `فُتح المشروع ${user('dir')} للقراءة فقط.`,
  'problems.store.keptInMemory': '{problem} التغيير محفوظ في الذاكرة لا على القرص: يحفظه Tessera حالما يسمح القرص، أو عندما تعيد المحاولة.',
  'problems.store.notAProject': `${user('dir')} ليس مشروع Tessera: لا يوجد فيه ${user('file')}.`,
  'problems.store.foreignFolder':
    `${user('dir')} ليس مشروع Tessera (لا يوجد فيه ${user('file')}) وليس فارغاً (${user('entries')}…). اختر مجلداً فارغاً أو مشروعاً موجوداً.`,
  'problems.store.pathThroughFile': `لا يمكن أن يكون ${user('dir')} مجلد مشروع: جزء من مساره ملف لا مجلد.`,
  'problems.store.fileNotFolder': `${user('path')} ملف لا مجلد: لا يمكن أن يحوي مشروعاً.`,
  'problems.store.noParentFolder': `لا يمكن أن يكون ${user('dir')} مجلد مشروع: لا يوجد أي من المجلدات التي تحويه.`,
  'problems.store.systemFolder':
    `لا يمكن أن يكون ${user('dir')} مجلد مشروع: ${user('root')} مجلد نظام لا يحوي ملفات عادية. اختر مجلداً على قرص، مثل مجلد داخل مجلدك الشخصي.`,
  'problems.store.systemFileSystem':
    `لا يمكن أن يكون ${user('dir')} مجلد مشروع: ${user('folder')} على نظام ملفات خاص بالنظام لا يحوي ملفات عادية. اختر مجلداً على قرص، مثل مجلد داخل مجلدك الشخصي.`,
  'problems.store.cannotCreateFile': `لا يمكن أن يحوي ${user('dir')} مشروعاً: تعذّر على Tessera إنشاء ملف فيه (${user('reason')}).`,
  'problems.store.closedDuringBackup': `أُغلق المشروع ${user('dir')} أثناء نسخ احتياطي؛ لم يكتمل النسخ الاحتياطي.`,
  'problems.store.backupDamaged':
    `النسخة الاحتياطية ${user('name')} تالفة، فلم يُستعَد شيء: ${user('problems')} استعِد نسخة احتياطية أقدم (tessera backups، أو «النسخ الاحتياطية» في التطبيق، تبيّن أيها سليمة).`,
  'problems.store.andMore': `${user('shown')} (و{more, number, ::group-off} غيرها)`,
  'problems.store.backupUnrestorable': `لا يمكن استعادة النسخة الاحتياطية ${user('name')}: ${user('problem')}`,
  'problems.store.noBackupWithDocument': `لا توجد في ${user('folder')} نسخة احتياطية تحمل نسخة مقروءة من المقال ${user('id')}.`,
  'problems.store.backupCopyChanged':
    `تغيّرت نسخة المقال ${user('id')} في النسخة الاحتياطية ${user('backup')} أثناء استعادتها؛ لم يُغيَّر شيء.`,
  'problems.store.noSuchBackup': `لا توجد نسخة احتياطية باسم «${user('name')}» في ${user('folder')}؛ يعرضها الأمر tessera backups.`,
  'problems.store.movedAside': ` نُقل إلى ${user('path')}، مع ملاحظة بالسبب.`,
  'problems.store.damagedDocument': '{problem}{moved}{remedy}',
  'problems.store.newestBackupHasIt':
    ` أحدث نسخة احتياطية تحمله هي ${user('backup')}: استعِد المقال منها (tessera restore، أو «النسخ الاحتياطية» في التطبيق).`,
  'problems.store.noBackupHasIt': ' لا تحمله أي نسخة احتياطية بعد.',
  'problems.store.quarantinedDocument': `كان ${user('path')} تالفاً (${user('reason')}) فنُقل إلى ${user('movedTo')} في ${user('when')}.{remedy}`,
  'problems.store.projectDamaged': `لا يمكن فتح المشروع ${user('dir')}: {problem}.{moved} {advice}`,
  'problems.store.projectQuarantined':
    `لا يمكن فتح المشروع ${user('dir')}: كان ملفه ${user('file')} تالفاً (${user('reason')}) فنُقل إلى ${user('movedTo')} في ${user('when')}. {advice}`,
  'problems.store.restoreProjectFrom':
    `أحدث نسخة احتياطية فيها ${user('file')} مقروء هي ${user('backup')}: شغّل tessera restore --project ${user('dir')} ${user('backup')} (في التطبيق: «استعادة» في شاشة البدء). تبقى المقالات كما هي.`,
  'problems.store.rebuildProject':
    `لا تحمل أي نسخة احتياطية ${user('file')} مقروءاً: أعد بناءه من المقالات بالأمر tessera restore --project ${user('dir')} --rebuild (في التطبيق: «إعادة البناء» في شاشة البدء). تبقى المقالات كما هي.`,
  'problems.views.offsetsInCodePoints': 'المواضع بنقاط الترميز (text[start:end] في Python)، كما يكتبها التصدير الرئيسي.',
  'problems.views.offsetsInUtf16': 'المواضع بوحدات UTF-16 (text.slice في JavaScript).',
  'problems.store.noSavedSearch': `لا يوجد بحث محفوظ بالمعرّف ${user('id')}.`,
  'problems.store.lockKeptTaken': `تعذّر أخذ القفل ${user('path')}: عمليات أخرى تأخذه باستمرار. أعد المحاولة.`,
  'problems.store.beingOpened': `تفتح عملية أخرى المشروع ${user('dir')} في هذه اللحظة. أعد المحاولة بعد قليل.`,
  'problems.store.lockBeingWritten':
    `تفتح عملية أخرى المشروع ${user('dir')} في هذه اللحظة (ما زال قفله ${user('path')} قيد الكتابة). أعد المحاولة بعد قليل.`,
  'problems.store.openOnAnotherComputer':
    `المشروع ${user('dir')} مفتوح في Tessera على حاسوب آخر (${user('host')}، رقم العملية ${user('pid')}). أغلقه هناك أولاً. وإن لم يكن Tessera يعمل هناك، فاحذف ${user('path')} وأعد المحاولة.`,
  'problems.store.openHere':
    `المشروع ${user('dir')} مفتوح من قبل هنا، في Tessera هذا (رقم العملية ${user('pid')}، منذ ${user('since')}): استخدمه حيث هو مفتوح، أو أغلقه أولاً.`,
  'problems.store.lockedByUnknown':
    `المشروع ${user('dir')} مقفل من العملية ${user('pid')}، وهي تعمل لكنها قد لا تكون Tessera (لا يسمح هذا النظام لـ Tessera بالتحقق). أغلق Tessera إن كان مفتوحاً؛ وإلا فاحذف ${user('path')} وأعد المحاولة.`,
  'problems.store.inUseByCommand':
    `المشروع ${user('dir')} قيد الاستخدام من أمر tessera آخر (${user('holder')}، رقم العملية ${user('pid')}، منذ ${user('since')}). انتظر حتى ينتهي، ثم شغّل هذا مجدداً.`,
  'problems.store.openInAnotherProcess':
    `المشروع ${user('dir')} مفتوح من قبل في عملية Tessera أخرى (رقم العملية ${user('pid')} على ${user('host')}، منذ ${user('since')}). أغلقه هناك أولاً. وإن لم يكن Tessera يعمل هناك، فاحذف ${user('path')} وأعد المحاولة.`,
}
