import { readFileSync, rmSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { extractDocument } from '../electron/core/views/extract'
import { SCHEMA, AGGREGATE, QUERIES, rowsOf, type Row } from './schema'
const { PGlite } = (await import('/work/wt/pkgs/node_modules/@electric-sql/pglite/dist/index.js')) as typeof import('@electric-sql/pglite')
const MB = 1024 * 1024
const rss = (): string => `${(process.memoryUsage().rss / MB).toFixed(0)} MB`
const [projectDir, dataDir, mode] = process.argv.slice(2) as [string, string, string]
const pg = (sql: string): string => { let n = 0; return sql.replace(/\?/g, () => `$${++n}`).replace(/INTEGER PRIMARY KEY/, 'INTEGER PRIMARY KEY').replace(/instr\(text_key, \$1\) > 0/, 'strpos(text_key, $1) > 0').replace(/ REAL/g, ' DOUBLE PRECISION') }
const esc = (v: string | number | null): string => v === null ? '\\N' : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
const tsv = (rows: Row[]): string => rows.map((r) => r.map(esc).join('\t')).join('\n') + '\n'
const du = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((s, e) => s + (e.isDirectory() ? du(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0)
if (mode === 'build') {
  rmSync(dataDir, { recursive: true, force: true })
  const db = await PGlite.create(dataDir)
  for (const s of SCHEMA.filter((s) => !s.startsWith('CREATE INDEX'))) await db.exec(pg(s))
  const ids = (JSON.parse(readFileSync(join(projectDir, 'project.json'), 'utf8')) as { documentIds: string[] }).documentIds
  const t = performance.now()
  let readMs = 0
  let batch = { documents: [] as Row[], mentions: [] as Row[], claims: [] as Row[], figures: [] as Row[] }
  const flush = async (): Promise<void> => {
    for (const [table, rows] of Object.entries(batch)) if (rows.length) await db.query(`COPY ${table} FROM '/dev/blob'`, [], { blob: new Blob([tsv(rows)]) })
    batch = { documents: [], mentions: [], claims: [], figures: [] }
  }
  for (let doc = 0; doc < ids.length; doc += 1) {
    const id = ids[doc] as string
    const r0 = performance.now()
    const e = extractDocument(JSON.parse(readFileSync(join(projectDir, 'documents', `${id}.json`), 'utf8')))
    readMs += performance.now() - r0
    batch.documents.push([doc, id, e.title, e.outlet, e.date, 'stamp'])
    const rows = rowsOf(doc, e)
    batch.mentions.push(...rows.mentions); batch.claims.push(...rows.claims); batch.figures.push(...rows.figures)
    if (doc % 2000 === 1999) { await flush(); if (doc % 10000 === 9999) console.log(doc + 1, ((performance.now() - t) / 1000).toFixed(1), 's', rss()) }
  }
  await flush()
  const loaded = performance.now()
  for (const s of SCHEMA.filter((s) => s.startsWith('CREATE INDEX'))) await db.exec(pg(s))
  for (const s of AGGREGATE) await db.exec(pg(s))
  await db.exec('VACUUM ANALYZE')
  console.log(`build: read+extract ${(readMs / 1000).toFixed(1)} s, rows ${((loaded - t - readMs) / 1000).toFixed(1)} s, indexes ${((performance.now() - loaded) / 1000).toFixed(1)} s; total ${((performance.now() - t) / 1000).toFixed(1)} s; rss ${rss()}`)
  await db.close()
  console.log(`data dir ${(du(dataDir) / MB).toFixed(0)} MB`)
} else {
  const t0 = performance.now()
  const db = await PGlite.create(dataDir)
  console.log(`open ${(performance.now() - t0).toFixed(1)} ms, rss ${rss()}`)
  for (const [name, q] of Object.entries(QUERIES)) {
    const times: number[] = []
    let n = 0
    for (let i = 0; i < 3; i += 1) {
      const t = performance.now()
      n = (await db.query(pg(q.sql), q.params)).rows.length
      times.push(performance.now() - t)
    }
    console.log(`${name.padEnd(28)} ${times.map((x) => x.toFixed(1)).join(' / ')} ms  (${n} rows) rss ${rss()}`)
  }
  const days = (await db.query<{ counted_key: string; outlet: string; day: string }>('SELECT counted_key, outlet, day FROM figure_days')).rows
  let t = performance.now()
  for (const d of days) await db.query(pg(QUERIES.figurePoints!.sql), [d.counted_key, d.outlet, d.day])
  console.log(`figure points for all ${days.length} (thing, outlet, day) cells: ${(performance.now() - t).toFixed(0)} ms`)
  t = performance.now()
  await db.exec('BEGIN')
  for (const table of ['mentions', 'claims', 'figures']) await db.query(`DELETE FROM ${table} WHERE doc = $1`, [500])
  await db.exec('ROLLBACK')
  console.log(`delete one document's rows (rolled back): ${(performance.now() - t).toFixed(1)} ms; rss ${rss()}`)
  await db.close()
}
