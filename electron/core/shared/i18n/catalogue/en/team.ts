/** English: the team server (electron/team): its database, its schema and its command. */
export const team = {
  'problems.team.notPostgresUrl': 'The database must be a PostgreSQL connection string (postgres://user:password@host:port/database); got {url}.',
  'problems.team.cannotConnect': 'Cannot connect to the database {url}: {reason}',
  'problems.team.schemaNewer':
    'The database has schema version {version}, newer than this Tessera knows (up to {known}): upgrade Tessera before using this database. Nothing was changed.',
  'problems.team.migrationChanged':
    'The database recorded schema migration {version} ({name}) differently from this Tessera: the database was migrated by another build. Nothing was changed.',
  'problems.team.migrationFailed': 'Schema migration {version} ({name}) failed and was rolled back: {reason}',
  'problems.team.noDatabase': 'No database given: pass --database postgres://… or set TESSERA_DATABASE.',
  'cli.server.description': 'the team server: one corpus on PostgreSQL for many analysts (see the README, Team server)',
  'cli.server.migrate.description': 'create or upgrade the team database\'s schema (each migration in one transaction; safe to run from several servers at once)',
  'cli.server.option.database': 'the PostgreSQL connection string (default: TESSERA_DATABASE)',
  'cli.server.migrate.applied': 'Applied schema migration {version}: {name}',
  'cli.server.migrate.current': 'The database schema is at version {version}, the newest this Tessera knows.'
}
