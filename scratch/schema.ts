import type { DocumentExtract } from '../electron/core/views/extract'

export const SCHEMA = [
  `CREATE TABLE documents(doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, outlet TEXT NOT NULL, date TEXT, stamp TEXT NOT NULL)`,
  `CREATE TABLE mentions(doc INTEGER NOT NULL, annotation TEXT NOT NULL, tag TEXT NOT NULL, entity TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL, key TEXT NOT NULL, date TEXT NOT NULL, outlet TEXT NOT NULL, doc_id TEXT NOT NULL)`,
  `CREATE INDEX mentions_doc ON mentions(doc)`,
  `CREATE INDEX mentions_entity ON mentions(entity, date, outlet, doc_id, start) WHERE entity IS NOT NULL`,
  `CREATE INDEX mentions_unlinked ON mentions(key) WHERE entity IS NULL`,
  `CREATE TABLE claims(doc INTEGER NOT NULL, annotation TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, text_key TEXT NOT NULL, stance TEXT, stance_key TEXT NOT NULL, attributes TEXT NOT NULL, actor_annotation TEXT, actor_quote TEXT, actor_entity TEXT, actor_key TEXT NOT NULL, date TEXT NOT NULL, outlet TEXT NOT NULL, outlet_key TEXT NOT NULL, doc_id TEXT NOT NULL)`,
  `CREATE INDEX claims_doc ON claims(doc)`,
  `CREATE INDEX claims_by_date ON claims(date, outlet_key, doc_id, start, "end")`,
  `CREATE INDEX claims_by_outlet ON claims(outlet_key, date, doc_id, start, "end")`,
  `CREATE INDEX claims_by_stance ON claims(stance_key, date, outlet_key, doc_id, start, "end")`,
  `CREATE INDEX claims_by_text ON claims(text_key, date, outlet_key, doc_id, start, "end")`,
  `CREATE INDEX claims_by_actor ON claims(actor_key, date, outlet_key, doc_id, start, "end")`,
  `CREATE TABLE figures(doc INTEGER NOT NULL, annotation TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL, value REAL, qualifier TEXT NOT NULL, upper REAL, source_annotation TEXT, source_quote TEXT, counted TEXT NOT NULL, counted_key TEXT NOT NULL, claim_annotation TEXT, claim_text TEXT, date TEXT NOT NULL, outlet TEXT NOT NULL, doc_id TEXT NOT NULL)`,
  `CREATE INDEX figures_doc ON figures(doc)`,
  `CREATE INDEX figures_points ON figures(counted_key, outlet, date, doc_id, start) WHERE value IS NOT NULL`,
  `CREATE TABLE entity_outlet(entity TEXT NOT NULL, outlet TEXT NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY(entity, outlet))`,
  `CREATE TABLE figure_days(counted_key TEXT NOT NULL, outlet TEXT NOT NULL, day TEXT NOT NULL, points INTEGER NOT NULL, PRIMARY KEY(counted_key, outlet, day))`
]

export type Row = (string | number | null)[]

export function rowsOf(doc: number, e: DocumentExtract): { mentions: Row[]; claims: Row[]; figures: Row[] } {
  const date = e.date ?? ''
  const outletKey = e.outlet.toLocaleLowerCase('und')
  return {
    mentions: e.mentions.map((m) => [doc, m.annotationId, m.tag, m.entityId, m.start, m.end, m.quote, m.prefix, m.suffix, m.key, date, e.outlet, e.documentId]),
    claims: e.claims.map((c) => [doc, c.annotationId, c.start, c.end, c.text, c.textKey, c.stance, c.stance ?? '', JSON.stringify(c.attributes), c.actor?.annotationId ?? null, c.actor?.quote ?? null, c.actor?.entityId ?? null, c.actor?.quote.toLocaleLowerCase('und') ?? '', date, e.outlet, outletKey, e.documentId]),
    figures: e.figures.map((f) => [doc, f.annotationId, f.start, f.end, f.quote, f.value, f.qualifier, f.upper, f.source?.annotationId ?? null, f.source?.quote ?? null, f.counted, f.countedKey, f.claim?.annotationId ?? null, f.claim?.text ?? null, date, e.outlet, e.documentId])
  }
}

export const INSERT = {
  document: `INSERT INTO documents(doc, id, title, outlet, date, stamp) VALUES (?, ?, ?, ?, ?, ?)`,
  mention: `INSERT INTO mentions VALUES (${Array(13).fill('?').join(', ')})`,
  claim: `INSERT INTO claims VALUES (${Array(17).fill('?').join(', ')})`,
  figure: `INSERT INTO figures VALUES (${Array(17).fill('?').join(', ')})`
}

export const AGGREGATE = [
  `INSERT INTO entity_outlet SELECT entity, outlet, count(*) FROM mentions WHERE entity IS NOT NULL GROUP BY entity, outlet`,
  `INSERT INTO figure_days SELECT counted_key, outlet, date, count(*) FROM figures WHERE value IS NOT NULL GROUP BY counted_key, outlet, date`
]

export const QUERIES: Record<string, { sql: string; params: (string | number)[] }> = {
  entities: { sql: `SELECT entity, outlet, mentions FROM entity_outlet`, params: [] },
  entityDocuments: { sql: `SELECT entity, count(DISTINCT doc) AS documents FROM mentions WHERE entity IS NOT NULL GROUP BY entity`, params: [] },
  mentionsPage: { sql: `SELECT m.*, d.title FROM mentions m JOIN documents d ON d.doc = m.doc WHERE entity = ? ORDER BY m.date, m.outlet, doc_id, start LIMIT 50 OFFSET 0`, params: ['entity-7'] },
  mentionsTotal: { sql: `SELECT count(*) AS n FROM mentions WHERE entity = ?`, params: ['entity-7'] },
  claimsByDate: { sql: `SELECT c.*, d.title FROM claims c JOIN documents d ON d.doc = c.doc ORDER BY c.date, outlet_key, doc_id, start, "end" LIMIT 50`, params: [] },
  claimsByTextDescPage100: { sql: `SELECT c.*, d.title FROM claims c JOIN documents d ON d.doc = c.doc ORDER BY text_key DESC, c.date DESC, outlet_key DESC, doc_id DESC, start DESC, "end" DESC LIMIT 50 OFFSET 5000`, params: [] },
  claimsTotal: { sql: `SELECT count(*) AS n FROM claims`, params: [] },
  claimsOutletStance: { sql: `SELECT c.*, d.title FROM claims c JOIN documents d ON d.doc = c.doc WHERE c.outlet = ? AND stance = ? ORDER BY actor_key, date, outlet_key, doc_id, start, "end" LIMIT 50`, params: ['Outlet 3', 'denied'] },
  claimsOutletStanceTotal: { sql: `SELECT count(*) AS n FROM claims WHERE outlet = ? AND stance = ?`, params: ['Outlet 3', 'denied'] },
  claimsTextFilter: { sql: `SELECT c.*, d.title FROM claims c JOIN documents d ON d.doc = c.doc WHERE instr(text_key, ?) > 0 ORDER BY c.date, outlet_key, doc_id, start, "end" LIMIT 50`, params: ['said that 99'] },
  claimsTextFilterTotal: { sql: `SELECT count(*) AS n FROM claims WHERE instr(text_key, ?) > 0`, params: ['said that 99'] },
  figureDays: { sql: `SELECT counted_key, outlet, day, points FROM figure_days`, params: [] },
  figurePoints: { sql: `SELECT f.*, d.title FROM figures f JOIN documents d ON d.doc = f.doc WHERE counted_key = ? AND f.outlet = ? AND f.date = ? AND value IS NOT NULL ORDER BY f.date, doc_id, start LIMIT 15`, params: ['fighters killed', 'Outlet 3', '2024-11-05'] },
  unlinked: { sql: `SELECT m.*, d.title FROM mentions m JOIN documents d ON d.doc = m.doc WHERE entity IS NULL AND key = ?`, params: ['group 7'] }
}
