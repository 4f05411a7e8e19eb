import type { EntityCounts } from '../entities-view'
import type { DocumentExtract } from '../extract'
import { periodOf } from '../figures-view'
import type { Sql } from './sqlite'

/** What one document adds to the aggregates: its outlet, its linked mentions per entity, its figures. */
export interface Contribution {
  outlet: string
  claims: number
  entities: Map<string, number>
  figures: { countedKey: string; counted: string; day: string; hasValue: boolean }[]
}

export function contributionOf(extract: DocumentExtract): Contribution {
  const day = periodOf(extract.date, 'day')
  return {
    outlet: extract.outlet,
    claims: extract.claims.length,
    entities: new Map(extract.entityCounts.map((c) => [c.entityId, c.count])),
    figures: extract.figures.map((f) => ({ countedKey: f.countedKey, counted: f.counted, day, hasValue: f.value !== null }))
  }
}

/** A stored document's contribution, read back from its rows (to take it out before its new rows go in). */
export function storedContribution(sql: Sql, doc: number, outlet: string): Contribution {
  const entities = new Map<string, number>()
  for (const row of sql.all('SELECT entity, count(*) AS n FROM mentions WHERE doc = ? GROUP BY entity', [doc])) entities.set(String(row.entity), Number(row.n))
  const figures = sql.all('SELECT counted_key, counted, day, has_value FROM figures WHERE doc = ?', [doc]).map((row) => ({
    countedKey: String(row.counted_key),
    counted: String(row.counted),
    day: String(row.day),
    hasValue: row.has_value === 1
  }))
  const claims = Number(sql.get('SELECT count(*) AS n FROM claims WHERE doc = ?', [doc])?.n ?? 0)
  return { outlet, claims, entities, figures }
}

type Counter = Map<string, number>

/**
 * The counts the Entities and Figures views and the "What is counted" values are drawn from, held in
 * memory (their size follows the entities, outlets, things counted and days, not the corpus) and kept
 * in the index file's tables by the same transactions that change the rows.
 */
export class StoredAggregates implements EntityCounts {
  readonly mentions = new Map<string, Map<string, number>>()
  readonly documents: Counter = new Map()
  readonly outlets: Counter = new Map()
  /** Figures with a value per thing counted, outlet and day ("" when undated). */
  readonly cells = new Map<string, Map<string, Counter>>()
  /** Per thing counted and spelling: figures with a value, and figures at all (a spelling is never ""). */
  readonly spellings = new Map<string, Map<string, { withValue: number; figures: number }>>()
  withoutValue = 0
  /** Claims in the corpus: the Claims view's total when nothing filters it. */
  claims = 0

  /** Counts every aggregate table from the rows (after a full build) and reads them in. */
  static rebuild(sql: Sql): StoredAggregates {
    sql.exec(`
      DELETE FROM entity_outlet; DELETE FROM entity_documents; DELETE FROM outlet_documents; DELETE FROM figure_cells; DELETE FROM figure_spellings;
      INSERT INTO entity_outlet SELECT m.entity, d.outlet, count(*) FROM mentions m JOIN documents d ON d.doc = m.doc GROUP BY m.entity, d.outlet;
      INSERT INTO entity_documents SELECT entity, count(DISTINCT doc) FROM mentions GROUP BY entity;
      INSERT INTO outlet_documents SELECT outlet, count(*) FROM documents GROUP BY outlet;
      INSERT INTO figure_cells SELECT counted_key, outlet, day, count(*) FROM figures WHERE has_value = 1 GROUP BY counted_key, outlet, day;
      INSERT INTO figure_spellings SELECT counted_key, counted, sum(has_value), sum(counted <> '') FROM figures GROUP BY counted_key, counted;
      INSERT OR REPLACE INTO meta VALUES ('without-value', (SELECT count(*) FROM figures WHERE has_value = 0));
      INSERT OR REPLACE INTO meta VALUES ('claims', (SELECT count(*) FROM claims));
    `)
    return StoredAggregates.load(sql)
  }

  static load(sql: Sql): StoredAggregates {
    const aggregates = new StoredAggregates()
    for (const row of sql.all('SELECT entity, outlet, mentions FROM entity_outlet')) nested(aggregates.mentions, String(row.entity)).set(String(row.outlet), Number(row.mentions))
    for (const row of sql.all('SELECT entity, documents FROM entity_documents')) aggregates.documents.set(String(row.entity), Number(row.documents))
    for (const row of sql.all('SELECT outlet, documents FROM outlet_documents')) aggregates.outlets.set(String(row.outlet), Number(row.documents))
    for (const row of sql.all('SELECT counted_key, outlet, day, points FROM figure_cells')) {
      nested(nested(aggregates.cells, String(row.counted_key)), String(row.outlet)).set(String(row.day), Number(row.points))
    }
    for (const row of sql.all('SELECT counted_key, counted, with_value, figures FROM figure_spellings')) {
      nested(aggregates.spellings, String(row.counted_key)).set(String(row.counted), { withValue: Number(row.with_value), figures: Number(row.figures) })
    }
    aggregates.withoutValue = Number(sql.get("SELECT value FROM meta WHERE key = 'without-value'")?.value ?? 0)
    aggregates.claims = Number(sql.get("SELECT value FROM meta WHERE key = 'claims'")?.value ?? 0)
    return aggregates
  }

  /** Adds (`sign` 1) or takes out (-1) one document's contribution, in memory and in the tables. */
  apply(sql: Sql, contribution: Contribution, sign: 1 | -1): void {
    const { outlet } = contribution
    count(this.outlets, outlet, bump(sql, 'outlet_documents', 'documents', ['outlet'], [outlet], this.outlets.get(outlet), sign))
    for (const [entity, mentions] of contribution.entities) {
      count(this.documents, entity, bump(sql, 'entity_documents', 'documents', ['entity'], [entity], this.documents.get(entity), sign))
      const byOutlet = nested(this.mentions, entity)
      count(byOutlet, outlet, bump(sql, 'entity_outlet', 'mentions', ['entity', 'outlet'], [entity, outlet], byOutlet.get(outlet), sign * mentions))
      if (byOutlet.size === 0) this.mentions.delete(entity)
    }
    for (const figure of contribution.figures) {
      const { countedKey, counted, day } = figure
      if (figure.hasValue) {
        const byOutlet = nested(this.cells, countedKey)
        const days = nested(byOutlet, outlet)
        count(days, day, bump(sql, 'figure_cells', 'points', ['counted_key', 'outlet', 'day'], [countedKey, outlet, day], days.get(day), sign))
        if (days.size === 0) byOutlet.delete(outlet)
        if (byOutlet.size === 0) this.cells.delete(countedKey)
      } else {
        this.withoutValue += sign
      }
      const spellings = nested(this.spellings, countedKey)
      const before = spellings.get(counted) ?? { withValue: 0, figures: 0 }
      const after = { withValue: before.withValue + (figure.hasValue ? sign : 0), figures: before.figures + (counted ? sign : 0) }
      if (after.withValue === 0 && after.figures === 0) {
        spellings.delete(counted)
        if (spellings.size === 0) this.spellings.delete(countedKey)
        sql.run('DELETE FROM figure_spellings WHERE counted_key = ? AND counted = ?', [countedKey, counted])
      } else {
        spellings.set(counted, after)
        sql.run('INSERT OR REPLACE INTO figure_spellings VALUES (?, ?, ?, ?)', [countedKey, counted, after.withValue, after.figures])
      }
    }
    this.claims += sign * contribution.claims
    sql.run("INSERT OR REPLACE INTO meta VALUES ('without-value', ?)", [String(this.withoutValue)])
    sql.run("INSERT OR REPLACE INTO meta VALUES ('claims', ?)", [String(this.claims)])
  }
}

/** Sets a count, dropping it at zero: a view never lists an outlet or entity that counts nothing any more. */
function count(counter: Counter, key: string, value: number): void {
  if (value === 0) counter.delete(key)
  else counter.set(key, value)
}

function nested<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = map.get(key)
  if (!inner) map.set(key, (inner = new Map()))
  return inner
}

/** Adds `by` to one counter row (removed at zero) and returns the new count. */
function bump(sql: Sql, table: string, column: string, keys: string[], values: string[], current: number | undefined, by: number): number {
  const next = (current ?? 0) + by
  if (next === 0) sql.run(`DELETE FROM ${table} WHERE ${keys.map((k) => `${k} = ?`).join(' AND ')}`, values)
  else sql.run(`INSERT OR REPLACE INTO ${table}(${keys.join(', ')}, ${column}) VALUES (${keys.map(() => '?').join(', ')}, ?)`, [...values, next])
  return next
}
