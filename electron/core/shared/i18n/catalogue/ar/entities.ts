import type { entities as english } from '../en/entities'

/** Arabic: the entities messages, one for each English key; plurals give all six forms (zero, one, two, few, many, other). */
export const entities: Record<keyof typeof english, string> = {
  'entities.saving': 'جارٍ الحفظ…',
  'entities.listSeparator': '، ',
  'entities.clauseSeparator': '؛ ',
  'entities.also': 'أيضاً: {aliases}',
  'entities.thisArticle': 'هذا المقال',

  'entities.relation.attributedTo': 'منسوب إلى',
  'entities.relation.sourceOfClaim': 'مصدر الادعاء',
  'entities.relation.statedIn': 'مذكور في',
  'entities.relation.statesFigure': 'يذكر رقماً',
  'entities.relation.incoming': '{name} (وارد)',
  'entities.relations.title': 'العلاقات',
  'entities.relations.unknownEnd': 'تعليق توضيحي',
  'entities.relations.remove': 'إزالة',
  'entities.relations.removeLabel': 'إزالة: {relation}',
  'entities.relations.removed': 'أُزيلت: {relation}.',

  'entities.position.overlaps': 'متداخل',
  'entities.position.before': '{count, plural, zero {ملاصق قبله} one {قبله بحرف واحد} two {قبله بحرفين} few {قبله بـ# أحرف} many {قبله بـ# حرفاً} other {قبله بـ# حرف}}',
  'entities.position.after': '{count, plural, zero {ملاصق بعده} one {بعده بحرف واحد} two {بعده بحرفين} few {بعده بـ# أحرف} many {بعده بـ# حرفاً} other {بعده بـ# حرف}}',

  'entities.pick.button': 'اختيار من النص',
  'entities.pick.banner': 'اختيار «{field}»: انقر على {article, select, other {تمييز موسوم {tag}}}.',
  'entities.pick.stop': 'إيقاف الاختيار',
  'entities.relationField.placeholder': 'اكتب للتصفية، أو انقر في النص على {article, select, other {مقطع موسوم {tag}}}',
  'entities.relationField.noneTagged': 'لا مقطع موسوماً {tag} في هذا المقال.',
  'entities.relationField.noMatch': 'لا مقطع موسوماً {tag} يطابق.',
  'entities.relationField.picking': 'الاختيار جارٍ: انقر في النص على {article, select, other {تمييز موسوم {tag}}} (Esc للإيقاف).',
  'entities.relationField.current': 'الآن «{quote}»؛ اختر غيره لاستبداله.',
  'entities.relationField.none': 'لا شيء بعد. الأقرب أولاً؛ {count, number} في هذا المقال.',

  'entities.suggestions.title': 'اقتراحات ({count, number})',
  'entities.suggestions.suggestedEntity': 'كيان مقترح',
  'entities.suggestions.mentionIn': '«{quote}» في {where}',
  'entities.suggestions.matchesName': 'يطابق اسمه',
  'entities.suggestions.matchesAlias': 'يطابق اسمه البديل «{alias}»',
  'entities.suggestions.accept': 'قبول',
  'entities.suggestions.acceptLabel': 'قبول {suggestion}',
  'entities.suggestions.reject': 'رفض',
  'entities.suggestions.rejectLabel': 'رفض {suggestion}',
  'entities.suggestions.linked': 'رُبط «{quote}» بـ«{name}».',
  'entities.suggestions.rejected': 'لن يُقترح «{quote}» لـ«{name}» مرة أخرى.',

  'entities.field.label': 'الكيان',
  'entities.field.search': 'ابحث في الكيانات أو أنشئ كياناً',
  'entities.field.changeFrom': 'تغيير من {name}',
  'entities.field.linkedOption': '{name} (مربوط)',
  'entities.field.create': 'إنشاء الكيان «{name}»',
  'entities.field.created': 'رُبط بكيان جديد «{name}».',
  'entities.field.linked': 'رُبط بـ«{name}».',
  'entities.field.linkedTo': 'مربوط بـ<strong>{name}</strong>',
  'entities.field.aliases': '(أيضاً: {aliases})',
  'entities.field.notLinked': 'غير مربوط بكيان',
  'entities.field.edit': 'تعديل الكيان…',
  'entities.field.unlink': 'إلغاء الربط',
  'entities.field.unlinked': 'أُلغي الربط بـ«{name}».',

  'entities.editor.title': 'الكيان «<bdi>{name}</bdi>»',
  'entities.editor.untitled': 'الكيان',
  'entities.editor.loading': 'جارٍ تحميل الكيان…',
  'entities.editor.name': 'الاسم',
  'entities.editor.type': 'النوع: <strong>{type}</strong> <hint>(وسم إشاراته)</hint>',
  'entities.editor.aliases': 'الأسماء البديلة',
  'entities.editor.aliasesHint': 'اسم في كل سطر. تُقترح الإشارات المطابقة لاسم بديل.',
  'entities.editor.note': 'ملاحظة',
  'entities.editor.coordinates': 'الإحداثيات (بالدرجات العشرية)',
  'entities.editor.latitude': 'خط العرض',
  'entities.editor.longitude': 'خط الطول',
  'entities.editor.save': 'حفظ',
  'entities.editor.saved': 'حُفظ «{name}».',
  'entities.editor.merged':
    'دُمج في «{name}»: {count, plural, zero {لم تُنقل أي إشارة} one {نُقلت إشارة واحدة} two {نُقلت إشارتان} few {نُقلت # إشارات} many {نُقلت # إشارة} other {نُقلت # إشارة}}.',
  'entities.editor.deleteAsk': 'حذف…',
  'entities.editor.deleteQuestion': 'حذف «<bdi>{name}</bdi>»؟ تبقى إشاراته دون ربط.',
  'entities.editor.deleteEntity': 'حذف الكيان',
  'entities.editor.keep': 'إبقاؤه',
  'entities.editor.deleted': 'حُذف.',
  'entities.coordinates.both': 'أدخل خط العرض وخط الطول معاً، أو اترك كليهما فارغاً.',
  'entities.coordinates.latitude': 'خط العرض «{value}» ليس رقماً بين {min, number} و{max, number}.',
  'entities.coordinates.longitude': 'خط الطول «{value}» ليس رقماً بين {min, number} و{max, number}.',

  'entities.merge.label': 'الدمج في',
  'entities.merge.placeholder': 'كيان آخر: تنتقل إليه إشارات هذا الكيان',
  'entities.merge.empty': 'لا كيان آخر من هذا النوع يطابق.',
  'entities.merge.confirmLabel': 'تأكيد الدمج',
  'entities.merge.question': 'دمج «<bdi>{source}</bdi>» في «<bdi>{target}</bdi>»؟ تنتقل إليه إشاراته وأسماؤه البديلة ويُحذف «<bdi>{source}</bdi>».',
  'entities.merge.button': 'دمج',
  'entities.merge.cancel': 'إلغاء',

  'entities.linkAll.button': 'ربط الكل',
  'entities.linkAll.title': 'ربط الكل: «{name}»',
  'entities.linkAll.nothingNew': 'لا إشارات جديدة إلى «{name}» لربطها.',
  'entities.linkAll.nothingNewAlready': 'لا إشارات جديدة إلى «{name}» لربطها؛ {count, number} مربوطة أصلاً.',
  'entities.linkAll.noNew': 'لا إشارات جديدة إلى «{name}» لربطها',
  'entities.linkAll.linked':
    'رُبطت {linked, plural, zero {# إشارة موسومة} one {إشارة موسومة واحدة} two {إشارتان موسومتان} few {# إشارات موسومة} many {# إشارة موسومة} other {# إشارة موسومة}} بـ«{name}» في {documents, plural, zero {# مقال} one {مقال واحد} two {مقالين} few {# مقالات} many {# مقالاً} other {# مقال}}؛ وحالتها لم تتغير',
  'entities.linkAll.tagged':
    'وُسم ورُبط {tagged, plural, zero {# مواضع جديدة} one {موضع جديد واحد} two {موضعان جديدان} few {# مواضع جديدة} many {# موضعاً جديداً} other {# موضع جديد}} بـ«{name}» في {documents, plural, zero {# مقال} one {مقال واحد} two {مقالين} few {# مقالات} many {# مقالاً} other {# مقال}}؛ وحالتها لم تتغير',
  'entities.linkAll.linkedAndTagged':
    'رُبطت {linked, plural, zero {# إشارة موسومة} one {إشارة موسومة واحدة} two {إشارتان موسومتان} few {# إشارات موسومة} many {# إشارة موسومة} other {# إشارة موسومة}} ووُسم ورُبط {tagged, plural, zero {# مواضع جديدة} one {موضع جديد واحد} two {موضعان جديدان} few {# مواضع جديدة} many {# موضعاً جديداً} other {# موضع جديد}} بـ«{name}» في {documents, plural, zero {# مقال} one {مقال واحد} two {مقالين} few {# مقالات} many {# مقالاً} other {# مقال}}؛ وحالتها لم تتغير',
  'entities.linkAll.alreadyLinked':
    '{count, plural, zero {لم يكن أيٌّ منها مربوطاً} one {واحد كان مربوطاً أصلاً} two {اثنان كانا مربوطين أصلاً} few {# كانت مربوطة أصلاً} many {# كانت مربوطة أصلاً} other {# كانت مربوطة أصلاً}}',
  'entities.link.skipped':
    'تُرك {count, plural, zero {# موضع} one {موضع واحد} two {موضعان} few {# مواضع} many {# موضعاً} other {# موضع}} دون تغيير (مربوط بكيان آخر أو داخل إشارة أطول)',

  'entities.preview.nothingNew': 'لا جديد للربط',
  'entities.preview.matches':
    '{total, plural, zero {# تطابق} one {تطابق واحد} two {تطابقان} few {# تطابقات} many {# تطابقاً} other {# تطابق}} في {articles, plural, zero {# مقال} one {مقال واحد} two {مقالين} few {# مقالات} many {# مقالاً} other {# مقال}}',
  'entities.preview.matchesListed':
    '{total, plural, zero {# تطابق} one {تطابق واحد} two {تطابقان} few {# تطابقات} many {# تطابقاً} other {# تطابق}} في {articles, plural, zero {# مقال} one {مقال واحد} two {مقالين} few {# مقالات} many {# مقالاً} other {# مقال}} (تظهر أول {shown, number} منها)',
  'entities.preview.createsEntity': 'سيُنشأ الكيان «{name}»',
  'entities.preview.alreadyLinked':
    '{count, plural, zero {لا شيء منها مربوط أصلاً} one {واحد مربوط أصلاً} two {اثنان مربوطان أصلاً} few {# مربوطة أصلاً} many {# مربوطة أصلاً} other {# مربوطة أصلاً}}',
  'entities.preview.summary': '{clauses}. لا يُربط شيء حتى تؤكد؛ ولا تتغير حالة المقالات.',
  'entities.preview.selectAll': 'تحديد الكل',
  'entities.preview.selectNone': 'إلغاء تحديد الكل',
  'entities.preview.toLink': 'موسوم، للربط',
  'entities.preview.toTagAndLink': 'للوسم والربط',
  'entities.preview.alias': 'اسم بديل «<bdi>{alias}</bdi>»',
  'entities.preview.cancel': 'إلغاء',
  'entities.preview.linking': 'جارٍ الربط…',
  'entities.preview.link': 'ربط {count, plural, zero {# إشارة} one {إشارة واحدة} two {إشارتين} few {# إشارات} many {# إشارة} other {# إشارة}}',
  'entities.linkMatches.nothing': 'لم يُربط شيء',
  'entities.linkMatches.linked':
    'رُبطت {count, plural, zero {# إشارة} one {إشارة واحدة} two {إشارتان} few {# إشارات} many {# إشارة} other {# إشارة}} في {documents, plural, zero {# مقال} one {مقال واحد} two {مقالين} few {# مقالات} many {# مقالاً} other {# مقال}}؛ وحالتها لم تتغير',
  'entities.linkMatches.gone':
    '{count, plural, zero {لم يختفِ أي تطابق} one {تطابق واحد لم يعد موجوداً} two {تطابقان لم يعودا موجودين} few {# تطابقات لم تعد موجودة} many {# تطابقاً لم تعد موجودة} other {# تطابق لم تعد موجودة}}',

  'entities.known.title': 'كيانات معروفة في المقالات الجديدة',
  'entities.known.found':
    '{count, plural, zero {لا إشارات محتملة} one {إشارة محتملة واحدة} two {إشارتان محتملتان} few {# إشارات محتملة} many {# إشارة محتملة} other {# إشارة محتملة}} إلى كيانات معروفة في المقالات الجديدة.',
  'entities.known.review':
    '{count, plural, zero {مراجعة الإشارات المحتملة} one {مراجعة الإشارة المحتملة} two {مراجعة الإشارتين المحتملتين} few {مراجعة # إشارات محتملة} many {مراجعة # إشارة محتملة} other {مراجعة # إشارة محتملة}}'
}
