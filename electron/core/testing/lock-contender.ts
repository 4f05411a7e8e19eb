/**
 * Test support: a separate process that waits for "go" on stdin, tries to open the project and add one
 * document, prints what happened as one JSON line, and (if it won) holds the lock until "close".
 */
import { createInterface } from 'node:readline'
import { documentFromText } from '../documents/from-text'
import { ProjectStore } from '../store/project-store'

const [dir, id] = process.argv.slice(2)
const lines = createInterface({ input: process.stdin })
const next = (): Promise<string> => new Promise((resolve) => lines.once('line', resolve))
process.stdout.write('ready\n')
await next()
let store: ProjectStore | null = null
try {
  store = await ProjectStore.open(dir ?? '')
  await store.addDocuments([documentFromText(`${id}.txt`, `Contender ${id}\nBody.`, {}, id)])
  process.stdout.write(`${JSON.stringify({ ok: true, id })}\n`)
  await next()
} catch (error) {
  process.stdout.write(`${JSON.stringify({ ok: false, id, message: (error as Error).message })}\n`)
} finally {
  store?.close()
  lines.close()
}
