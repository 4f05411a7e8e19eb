import { closeSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
const { Database } = require('/work/wt/pkgs/node_modules/node-sqlite3-wasm') as typeof import('node-sqlite3-wasm')
const MB = 1024 * 1024
const rss = (): string => `${(process.memoryUsage().rss / MB).toFixed(0)} MB`
const [dbPath, dir, mode] = process.argv.slice(2) as [string, string, string]
const KEYS = ['date', 'outlet_key', 'stance_key', 'text_key', 'actor_key'] as const
if (mode === 'build') {
  mkdirSync(dir, { recursive: true })
  const db = new Database(dbPath, { readOnly: true })
  const t = performance.now()
  const outlets = new Map<string, number>(), stances = new Map<string, number>(), entities = new Map<string, number>()
  const id = (m: Map<string, number>, k: string | null): number => { if (k === null) return 0; let v = m.get(k); if (v === undefined) m.set(k, (v = m.size + 1)); return v }
  const rows = openSync(join(dir, 'rows'), 'w')
  const rowOff: number[] = [], outletCol: number[] = [], stanceCol: number[] = [], entityCol: number[] = [], textParts: Buffer[] = [], textOff: number[] = []
  const keys: Record<string, string[]> = Object.fromEntries(KEYS.map((k) => [k, []]))
  let pos = 0, tpos = 0
  for (const r of db.prepare(`SELECT c.*, d.title FROM claims c JOIN documents d ON d.doc = c.doc ORDER BY c.rowid`).iterate()) {
    const row = r as Record<string, string | number | null>
    const payload = Buffer.from(JSON.stringify(row) + '\n')
    rowOff.push(pos); writeSync(rows, payload); pos += payload.length
    outletCol.push(id(outlets, row.outlet as string)); stanceCol.push(id(stances, row.stance as string | null)); entityCol.push(id(entities, row.actor_entity as string | null))
    const tb = Buffer.from(String(row.text_key) + '\n'); textOff.push(tpos); textParts.push(tb); tpos += tb.length
    for (const k of KEYS) keys[k]!.push(`${row[k]}\u0000${row.date}\u0000${row.outlet_key}\u0000${row.doc_id}\u0000${String(row.start).padStart(8, '0')}`)
  }
  rowOff.push(pos); textOff.push(tpos); closeSync(rows)
  console.log(`rows read ${((performance.now() - t) / 1000).toFixed(1)} s; ${rowOff.length - 1} claims; rss ${rss()}`)
  writeFileSync(join(dir, 'rowoff'), new Float64Array(rowOff))
  writeFileSync(join(dir, 'outlet'), new Uint16Array(outletCol)); writeFileSync(join(dir, 'stance'), new Uint8Array(stanceCol)); writeFileSync(join(dir, 'entity'), new Uint32Array(entityCol))
  writeFileSync(join(dir, 'text'), Buffer.concat(textParts)); writeFileSync(join(dir, 'textoff'), new Uint32Array(textOff))
  writeFileSync(join(dir, 'dict.json'), JSON.stringify({ outlets: [...outlets], stances: [...stances], entities: [...entities] }))
  const t2 = performance.now()
  for (const k of KEYS) {
    const ks = keys[k]!
    const perm = Uint32Array.from(ks.keys()).sort((a, b) => (ks[a]! < ks[b]! ? -1 : ks[a]! > ks[b]! ? 1 : 0))
    writeFileSync(join(dir, `perm-${k}`), perm)
  }
  console.log(`sorted permutations ${((performance.now() - t2) / 1000).toFixed(1)} s; build total ${((performance.now() - t) / 1000).toFixed(1)} s; files ${(['rows', 'text', 'rowoff', 'outlet', 'stance', 'entity', 'textoff', ...KEYS.map((k) => `perm-${k}`)].reduce((s, f) => s + statSync(join(dir, f)).size, 0) / MB).toFixed(0)} MB; rss ${rss()}`)
} else {
  const dict = JSON.parse(readFileSync(join(dir, 'dict.json'), 'utf8')) as { outlets: [string, number][]; stances: [string, number][]; entities: [string, number][] }
  const col = <T>(name: string, C: new (b: ArrayBuffer) => T): T => { const b = readFileSync(join(dir, name)); return new C(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer) }
  const fd = openSync(join(dir, 'rows'), 'r')
  const rowAt = (rowOff: Float64Array, i: number): unknown => { const len = rowOff[i + 1]! - rowOff[i]!; const b = Buffer.alloc(len); readSync(fd, b, 0, len, rowOff[i]!); return JSON.parse(b.toString()) }
  const time = (label: string, f: () => number): void => { const ts: number[] = []; let n = 0; for (let i = 0; i < 3; i++) { const t = performance.now(); n = f(); ts.push(performance.now() - t) } console.log(`${label.padEnd(34)} ${ts.map((x) => x.toFixed(1)).join(' / ')} ms (${n}) rss ${rss()}`) }
  const outletId = new Map(dict.outlets).get('Outlet 3')!, stanceId = new Map(dict.stances).get('denied')!
  time('total, outlet+stance', () => { const o = col('outlet', Uint16Array), s = col('stance', Uint8Array); let n = 0; for (let i = 0; i < o.length; i++) if (o[i] === outletId && s[i] === stanceId) n++; return n })
  time('total, text holds "said that 99"', () => {
    const text = readFileSync(join(dir, 'text')), off = col('textoff', Uint32Array); const needle = Buffer.from('said that 99'); let n = 0, last = -1
    for (let p = text.indexOf(needle); p !== -1; p = text.indexOf(needle, p + 1)) { let lo = 0, hi = off.length - 1; while (lo < hi) { const m = (lo + hi + 1) >>> 1; if (off[m]! <= p) lo = m; else hi = m - 1 } if (lo !== last) { n++; last = lo } }
    return n })
  time('page 100 by text desc', () => { const perm = col('perm-text_key', Uint32Array), rowOff = col('rowoff', Float64Array); const out: unknown[] = []; for (let i = 0; i < 50; i++) out.push(rowAt(rowOff, perm[perm.length - 1 - 5000 - i]!)); return out.length })
  time('page 1 by actor, outlet+stance', () => { const perm = col('perm-actor_key', Uint32Array), o = col('outlet', Uint16Array), s = col('stance', Uint8Array), rowOff = col('rowoff', Float64Array); const out: unknown[] = []; let total = 0; for (const r of perm) if (o[r] === outletId && s[r] === stanceId) { if (out.length < 50) out.push(rowAt(rowOff, r)); total++ } return total })
}
