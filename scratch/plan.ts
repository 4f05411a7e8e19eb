import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
const { Database } = require('/work/wt/pkgs/node_modules/node-sqlite3-wasm') as typeof import('node-sqlite3-wasm')
const db = new Database(process.argv[2]!, { readOnly: true })
const qs = [
  `SELECT count(*) AS n FROM claims c `,
  `SELECT c.*, d.title, d.date AS document_date FROM claims c JOIN documents d ON d.doc = c.doc  ORDER BY c.date, c.date, c.outlet_key, c.doc_id, c.start, c."end", c.ord LIMIT 50 OFFSET 0`,
  `SELECT c.*, d.title, d.date AS document_date FROM claims c JOIN documents d ON d.doc = c.doc  ORDER BY c.text_key DESC, c.date DESC, c.outlet_key DESC, c.doc_id DESC, c.start DESC, c."end" DESC, c.ord DESC LIMIT 50 OFFSET 0`,
  `SELECT count(*) AS n FROM claims c WHERE instr(c.text_key, 'x') > 0`,
  `SELECT point FROM figures WHERE counted_key = 'a' AND outlet = 'b' AND day BETWEEN 'c' AND 'd' AND has_value = 1 ORDER BY date, doc_id, start, ord LIMIT 15`
]
for (const q of qs) { console.log(q.slice(0, 90)); for (const r of db.all(`EXPLAIN QUERY PLAN ${q}`)) console.log('   ', r.detail) }
