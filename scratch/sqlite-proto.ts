import { readFileSync, rmSync, statSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { extractDocument } from '../electron/core/views/extract'
import { SCHEMA, INSERT, AGGREGATE, QUERIES, rowsOf } from './schema'
const require = createRequire(import.meta.url)
const { Database } = require('/work/wt/pkgs/node_modules/node-sqlite3-wasm') as typeof import('node-sqlite3-wasm')
const MB = 1024 * 1024
const rss = (): string => `${(process.memoryUsage().rss / MB).toFixed(0)} MB`
const [projectDir, dbPath, mode] = process.argv.slice(2) as [string, string, string]
if (mode === 'build') {
  rmSync(dbPath, { force: true })
  const db = new Database(dbPath)
  db.exec('PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-16000')
  for (const s of SCHEMA.filter((s) => !s.startsWith('CREATE INDEX'))) db.exec(s)
  const ids = (JSON.parse(readFileSync(join(projectDir, 'project.json'), 'utf8')) as { documentIds: string[] }).documentIds
  const t = performance.now()
  const ins = { document: db.prepare(INSERT.document), mention: db.prepare(INSERT.mention), claim: db.prepare(INSERT.claim), figure: db.prepare(INSERT.figure) }
  let readMs = 0
  db.exec('BEGIN')
  ids.forEach((id, doc) => {
    const r0 = performance.now()
    const e = extractDocument(JSON.parse(readFileSync(join(projectDir, 'documents', `${id}.json`), 'utf8')))
    readMs += performance.now() - r0
    ins.document.run([doc, id, e.title, e.outlet, e.date, 'stamp'])
    const rows = rowsOf(doc, e)
    for (const r of rows.mentions) ins.mention.run(r)
    for (const r of rows.claims) ins.claim.run(r)
    for (const r of rows.figures) ins.figure.run(r)
    if (doc % 5000 === 4999) { db.exec('COMMIT; BEGIN'); console.log(doc + 1, ((performance.now() - t) / 1000).toFixed(1), 's', rss()) }
  })
  db.exec('COMMIT')
  const loaded = performance.now()
  for (const s of SCHEMA.filter((s) => s.startsWith('CREATE INDEX'))) db.exec(s)
  for (const s of AGGREGATE) db.exec(s)
  console.log(`build: read+extract ${(readMs / 1000).toFixed(1)} s, rows ${((loaded - t - readMs) / 1000).toFixed(1)} s, indexes ${((performance.now() - loaded) / 1000).toFixed(1)} s; total ${((performance.now() - t) / 1000).toFixed(1)} s; file ${(statSync(dbPath).size / MB).toFixed(0)} MB; rss ${rss()}`)
  for (const [k, v] of Object.entries(ins)) { void k; v.finalize() }
  db.close()
} else {
  const t0 = performance.now()
  const db = new Database(dbPath)
  db.exec('PRAGMA cache_size=-16000')
  console.log(`open ${(performance.now() - t0).toFixed(1)} ms, rss ${rss()}`)
  for (const [name, q] of Object.entries(QUERIES)) {
    const times: number[] = []
    let n = 0
    for (let i = 0; i < 3; i += 1) {
      const t = performance.now()
      n = db.all(q.sql, q.params).length
      times.push(performance.now() - t)
    }
    console.log(`${name.padEnd(28)} ${times.map((x) => x.toFixed(1)).join(' / ')} ms  (${n} rows) rss ${rss()}`)
  }
  const days = db.all('SELECT counted_key, outlet, day FROM figure_days') as { counted_key: string; outlet: string; day: string }[]
  const st = db.prepare(QUERIES.figurePoints!.sql)
  let t = performance.now()
  for (const d of days) st.all([d.counted_key, d.outlet, d.day])
  console.log(`figure points for all ${days.length} (thing, outlet, day) cells: ${(performance.now() - t).toFixed(0)} ms`)
  st.finalize()
  // incremental: replace one document
  t = performance.now()
  db.exec('BEGIN')
  for (const table of ['mentions', 'claims', 'figures']) db.run(`DELETE FROM ${table} WHERE doc = ?`, [500])
  db.exec('ROLLBACK')
  console.log(`delete one document's rows (rolled back): ${(performance.now() - t).toFixed(1)} ms; rss ${rss()}`)
  db.close()
}
