import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
const { Database } = require('/work/wt/pkgs/node_modules/node-sqlite3-wasm') as typeof import('node-sqlite3-wasm')
const db = new Database(':memory:')
console.log(db.all('PRAGMA compile_options').map((r) => r.compile_options).join(' '))
console.log(db.get('select sqlite_version() v'))
try { db.exec('CREATE VIRTUAL TABLE t USING fts5(x)'); console.log('fts5 yes') } catch (e) { console.log('fts5 no', String(e)) }
try { db.exec("CREATE VIRTUAL TABLE t2 USING fts5(x, tokenize='trigram')"); console.log('trigram yes') } catch (e) { console.log('trigram no', String(e)) }
