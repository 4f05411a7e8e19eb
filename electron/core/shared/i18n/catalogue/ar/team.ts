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
  'cli.server.description': 'خادم الفريق: مدوّنة واحدة على PostgreSQL لعدد من المحلّلين (انظر README، خادم الفريق)',
  'cli.server.migrate.description': 'إنشاء مخطط قاعدة بيانات الفريق أو ترقيته (كل ترحيل في معاملة واحدة؛ يمكن تشغيله من عدة خوادم معًا بأمان)',
  'cli.server.option.database': 'سلسلة اتصال PostgreSQL (الافتراضي: TESSERA_DATABASE)',
  'cli.server.migrate.applied': `طُبّق ترحيل المخطط ${user('version')}: ${user('name')}`,
  'cli.server.migrate.current': `مخطط قاعدة البيانات في الإصدار ${user('version')}، وهو أحدث ما يعرفه Tessera هذا.`
}
