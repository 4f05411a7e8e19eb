/** The team server (issue 23): PostgreSQL behind the same core. Loaded only by `tessera server`. */
export { connect, openPool, TeamDatabaseError, withoutPassword } from './database'
export { migrate, type MigrationOutcome } from './migrate'
