import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'
import { migrate } from '../migrate'
import { startTestCluster, type TestCluster } from './cluster'

/**
 * For a test file: a throwaway cluster started before its tests with the schema migrated and one client connected
 * to its database, both stopped after. Read them through the getters once the tests run.
 */
export function useMigratedCluster(): { cluster: () => TestCluster; client: () => pg.Client } {
  let cluster: TestCluster | undefined
  let client: pg.Client | undefined
  beforeAll(async () => {
    cluster = await startTestCluster()
    client = new pg.Client({ connectionString: cluster.url })
    await client.connect()
    await migrate(client)
  }, 120_000)
  afterAll(async () => {
    await client?.end()
    await cluster?.stop()
  })
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the test cluster is not started yet')
    return value
  }
  return { cluster: () => started(cluster), client: () => started(client) }
}
