import * as initial from './0001-initial'

/** One schema change: applied once, in one transaction, in the order of `version`. Never edit one once released. */
export interface Migration {
  version: number
  name: string
  sql: string
}

/** Every migration of the team server's schema, oldest first. A new one is a new file and a new line here. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, ...initial }]
