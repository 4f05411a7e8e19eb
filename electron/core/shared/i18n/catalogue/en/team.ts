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
  'problems.team.badUserName': 'A user name is 1 to 200 characters with no control characters; got {name}.',
  'problems.team.badRole': 'There is no role "{role}": the roles are {roles}.',
  'problems.team.shortPassword': 'The password is too short: a team server account needs {count} characters or more.',
  'problems.team.userExists': 'There is already a user named "{name}".',
  'problems.team.badLogin': 'Wrong user name or password.',
  'problems.team.lockedOut': 'Too many wrong passwords: this account is locked for {minutes, plural, one {# more minute} other {# more minutes}}.',
  'problems.access.localOnly': '{method} works on a local project only: on a team server, backups are the database\'s.',
  'problems.access.needsRole': '{method} needs the {role} role or a higher one; yours on this project is {yours}.',
  'problems.access.othersLayer': 'This is {author}\'s annotation: on a team project only its author changes it.',
  'problems.access.curatedLayer': 'This annotation is in the curated layer: only a curator or an owner changes it (your role is {yours}).',
  'cli.server.description': 'the team server: one corpus on PostgreSQL for many analysts (see the README, Team server)',
  'cli.server.migrate.description': 'create or upgrade the team database\'s schema (each migration in one transaction; safe to run from several servers at once)',
  'cli.server.option.database': 'the PostgreSQL connection string (default: TESSERA_DATABASE)',
  'cli.server.migrate.applied': 'Applied schema migration {version}: {name}',
  'cli.server.addUser.description': 'add an account to the team server (the password is asked for, or read from stdin with --password-stdin)',
  'cli.server.option.role': 'owner, curator or annotator',
  'cli.server.option.passwordStdin': 'read the password from the first line of stdin instead of asking for it',
  'cli.server.addUser.prompt': 'Password for {name}: ',
  'cli.server.addUser.noTerminal': 'No terminal to ask for the password at: pipe it in with --password-stdin.',
  'cli.server.addUser.cancelled': 'No password typed: no account was added.',
  'cli.server.addUser.added': 'Added {name} ({role}).',
  'cli.server.importProject.description': 'upload a local project folder into the team database as a new project (documents, annotations with their authors, relations, entities, tags)',
  'cli.server.importProject.done':
    'Uploaded “{name}” as project {projectId}: {documents, plural, one {# document} other {# documents}}, {annotations, plural, one {# annotation} other {# annotations}}, {relations, plural, one {# relation} other {# relations}}, {entities, plural, one {# entity} other {# entities}}.',
  'cli.server.migrate.current': 'The database schema is at version {version}, the newest this Tessera knows.'
}
