import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../testing/helpers'
import { randomViewsDocument } from '../../testing/random-views-project'
import { seededRandom } from '../../testing/seeded-random'
import { extractDocument } from '../extract'
import { INDEXES, TABLES } from './schema'
import { Sql } from './sqlite'
import { StoredRows } from './stored-rows'

const tempDir = useTempDirs()
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

describe('stored rows', () => {
  it('documents added one after another into one gap outgrow their keys: all are made again, the orders kept', async () => {
    const sql = Sql.open(join(await tempDir(), 'index.sqlite'))
    try {
      sql.exec('PRAGMA synchronous = OFF')
      sql.exec(TABLES)
      sql.exec(INDEXES)
      const rows = new StoredRows()
      const random = seededRandom(4)
      const counter = { next: 0 }
      const add = (id: string, date: string, outlet: string): void => {
        const extract = extractDocument({ ...randomViewsDocument(random, id, counter), date, source: outlet })
        sql.transaction(() => rows.insert(sql, extract, 'stamp', () => undefined, false))
      }
      add('later', '2025-01-01', 'Outlet A')
      // Each after the one before and before "later": every key is made halfway into a narrowing gap.
      for (let i = 0; i < 300; i += 1) add(`doc-${String(i).padStart(3, '0')}`, '2024-12-01', i % 2 ? 'outlet b' : 'Été')
      const longest = sql.get('SELECT max(length(mention_key)) AS mention, max(length(claim_key)) AS claim FROM documents')
      expect(Number(longest?.mention)).toBeLessThanOrEqual(24)
      expect(Number(longest?.claim)).toBeLessThanOrEqual(24)
      const documents = sql.all('SELECT id, outlet, date FROM documents').map((row) => ({ id: String(row.id), outlet: String(row.outlet), date: String(row.date) }))
      const byMentionKey = sql.all('SELECT id FROM documents ORDER BY mention_key').map((row) => String(row.id))
      const byCollator = [...documents].sort((a, b) => a.date.localeCompare(b.date) || a.outlet.localeCompare(b.outlet) || a.id.localeCompare(b.id)).map((d) => d.id)
      expect(byMentionKey).toEqual(byCollator)
      // Every claim row carries its document's key as made last.
      const claimOrder = sql.all('SELECT DISTINCT d.id FROM claims c JOIN documents d ON d.doc = c.doc WHERE c.claim_key = d.claim_key ORDER BY c.claim_key').map((row) => String(row.id))
      const fold = (outlet: string): string => outlet.toLocaleLowerCase('und')
      const byCodeUnits = [...documents]
        .sort((a, b) => byCodeUnit(a.date, b.date) || byCodeUnit(fold(a.outlet), fold(b.outlet)) || byCodeUnit(a.id, b.id))
        .map((d) => d.id)
        .filter((id) => claimOrder.includes(id))
      expect(claimOrder).toEqual(byCodeUnits)
      expect(Number(sql.get('SELECT count(*) AS n FROM claims c JOIN documents d ON d.doc = c.doc WHERE c.claim_key <> d.claim_key')?.n)).toBe(0)
      expect(claimOrder.length).toBeGreaterThan(200)
    } finally {
      sql.close()
    }
  })
})
