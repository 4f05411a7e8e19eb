/** The team server (issue 23): PostgreSQL behind the same core. Loaded only by `tessera server`. */
export { connect, openPool, TeamDatabaseError, withDatabase, withoutPassword } from './database'
export { migrate, type MigrationOutcome } from './migrate'
export { addUser, ROLES, type Role } from './users'
export { csrfMatches, login, logout, sessionOf, type Session, type SessionUser } from './sessions'
export { importProject, type UploadedProject } from './import-project'
