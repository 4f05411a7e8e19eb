import type { team as english } from '../en/team'

/** A placeholder for user text (a name, a connection string), isolated so it keeps its own order in an Arabic sentence. */
const user = (name: string) => `\u2068{${name}}\u2069`

/** Arabic: the team server (electron/team): its database, its schema and its command. */
export const team: Record<keyof typeof english, string> = {
  'problems.team.notPostgresUrl': `يجب أن تكون قاعدة البيانات سلسلة اتصال PostgreSQL ‏(postgres://user:password@host:port/database)؛ وصل: ${user('url')}.`,
  'problems.team.cannotConnect': `تعذّر الاتصال بقاعدة البيانات ${user('url')}: ${user('reason')}`,
  'problems.team.schemaNewer': `إصدار مخطط قاعدة البيانات ${user('version')}، وهو أحدث مما يعرفه Tessera هذا (حتى ${user('known')}): حدّث Tessera قبل استعمال قاعدة البيانات هذه. لم يتغيّر شيء.`,
  'problems.team.migrationChanged': `سجّلت قاعدة البيانات ترحيل المخطط ${user('version')} ‏(${user('name')}) على نحو يختلف عما في Tessera هذا: رحّلتها نسخة أخرى. لم يتغيّر شيء.`,
  'problems.team.migrationFailed': `فشل ترحيل المخطط ${user('version')} ‏(${user('name')}) وأُلغي كاملًا: ${user('reason')}`,
  'problems.team.noDatabase': 'لم تُحدَّد قاعدة بيانات: مرّر --database postgres://… أو اضبط TESSERA_DATABASE.',
  'problems.team.badUserName': `اسم المستخدم من 1 إلى 200 حرف بلا محارف تحكّم؛ وصل: ${user('name')}.`,
  'problems.team.badRole': `لا يوجد دور «${user('role')}»: الأدوار هي ${user('roles')}.`,
  'problems.team.shortPassword': 'كلمة المرور قصيرة جدًا: يحتاج حساب خادم الفريق إلى {count} محرفًا أو أكثر.',
  'problems.team.userExists': `يوجد مستخدم باسم «${user('name')}» من قبل.`,
  'problems.team.badLogin': 'اسم المستخدم أو كلمة المرور غير صحيحة.',
  'problems.team.lockedOut': 'كلمات مرور خاطئة كثيرة: هذا الحساب مقفل {minutes, plural, zero {لأقل من دقيقة} one {لدقيقة أخرى} two {لدقيقتين أخريين} few {لـ# دقائق أخرى} many {لـ# دقيقة أخرى} other {لـ# دقيقة أخرى}}.',
  'problems.access.localOnly': `${user('method')} يعمل على مشروع محلي فقط: في خادم الفريق، النسخ الاحتياطية من شأن قاعدة البيانات.`,
  'problems.access.needsRole': `${user('method')} يحتاج إلى دور ${user('role')} أو أعلى منه؛ دورك في هذا المشروع ${user('yours')}.`,
  'problems.access.othersLayer': `هذا تعليق ${user('author')}: في مشروع الفريق لا يغيّره إلا صاحبه.`,
  'problems.access.curatedLayer': `هذا التعليق في الطبقة المعتمدة: لا يغيّره إلا مُراجِع أو مالك (دورك ${user('yours')}).`,
  'cli.server.description': 'خادم الفريق: مدوّنة واحدة على PostgreSQL لعدد من المحلّلين (انظر README، خادم الفريق)',
  'cli.server.migrate.description': 'إنشاء مخطط قاعدة بيانات الفريق أو ترقيته (كل ترحيل في معاملة واحدة؛ يمكن تشغيله من عدة خوادم معًا بأمان)',
  'cli.server.option.database': 'سلسلة اتصال PostgreSQL (الافتراضي: TESSERA_DATABASE)',
  'cli.server.migrate.applied': `طُبّق ترحيل المخطط ${user('version')}: ${user('name')}`,
  'cli.server.addUser.description': 'إضافة حساب إلى خادم الفريق (تُطلب كلمة المرور، أو تُقرأ من stdin مع --password-stdin)',
  'cli.server.option.role': 'owner أو curator أو annotator',
  'cli.server.option.passwordStdin': 'قراءة كلمة المرور من السطر الأول في stdin بدل طلبها',
  'cli.server.addUser.prompt': `كلمة المرور لـ ${user('name')}: `,
  'cli.server.addUser.noTerminal': 'لا طرفية لطلب كلمة المرور فيها: مرّرها عبر stdin مع --password-stdin.',
  'cli.server.addUser.cancelled': 'لم تُكتب كلمة مرور: لم يُضف أي حساب.',
  'cli.server.addUser.added': `أُضيف ${user('name')} ‏(${user('role')}).`,
  'cli.server.importProject.description': 'رفع مجلد مشروع محلي إلى قاعدة بيانات الفريق مشروعًا جديدًا (المقالات، والتعليقات بأصحابها، والعلاقات، والكيانات، والوسوم)',
  'cli.server.importProject.done': `رُفع «${user('name')}» مشروعًا برقم ${user('projectId')}: المقالات {documents}، التعليقات {annotations}، العلاقات {relations}، الكيانات {entities}.`,
  'cli.server.migrate.current': `مخطط قاعدة البيانات في الإصدار ${user('version')}، وهو أحدث ما يعرفه Tessera هذا.`
}
