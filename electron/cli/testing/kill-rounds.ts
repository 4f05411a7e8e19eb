/**
 * The kill test, shared by `npm test` (25 rounds) and `npm run soak` (200): `tessera serve` runs in a
 * child process, several writers create, retag and delete annotations over HTTP at once, and the
 * child is killed with SIGKILL at a random moment. After each kill the project must open (the dead
 * process's lock taken over without asking), every file must parse, and every write the server
 * acknowledged before the kill must be there.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import type { Annotation } from '../../core/shared/model/annotation'
import { ProjectStore } from '../../core/store/project-store'
import { documentFromText } from '../../core/documents/from-text'
import { seededRandom as random } from '../../core/testing/seeded-random'

const SERVE_CHILD = fileURLToPath(new URL('./serve-child.ts', import.meta.url))
const SERVING_LINE = /in browser mode: (http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)$/
const TAGS = ['claim', 'actor', 'place', 'figure']
const WRITERS = 4
export const KILL_TEXT = `Kill test 🙂 Hama 🇸🇾\n\n${'The army said حماة held; 1,600 fighters moved 20 km north. '.repeat(40)}`

export interface KillFigures {
  rounds: number
  acknowledgedWrites: number
  checkedAnnotations: number
}

/** What the server acknowledged, per document: the annotations that must exist (with their tag) and those that must not. */
interface Expected {
  present: Map<string, { documentId: string; tag: string }>
  absent: Set<string>
  /** A retag or delete in flight at the kill may or may not have reached the disk: either is right. */
  uncertain: Map<string, string>
}

export async function prepareKillProject(root: string): Promise<{ projectDir: string; rendererDir: string; documentIds: string[] }> {
  const projectDir = join(root, 'project')
  const rendererDir = join(root, 'renderer')
  await mkdir(rendererDir, { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>kill test</title>')
  const store = await ProjectStore.open(projectDir)
  const documentIds = ['doc-a', 'doc-b']
  await store.addDocuments(documentIds.map((id) => documentFromText(`${id}.txt`, KILL_TEXT, {}, id)))
  store.close()
  return { projectDir, rendererDir, documentIds }
}

export async function runKillRounds(root: string, rounds: number, seed: number, log: (line: string) => void = () => undefined): Promise<KillFigures> {
  const { projectDir, rendererDir, documentIds } = await prepareKillProject(root)
  const next = random(seed)
  const expected: Expected = { present: new Map(), absent: new Set(), uncertain: new Map() }
  let acknowledgedWrites = 0
  let checkedAnnotations = 0
  for (let round = 0; round < rounds; round += 1) {
    const child = spawn(process.execPath, ['--import', 'tsx', SERVE_CHILD, rendererDir, '--project', projectDir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const lines = createInterface({ input: child.stdout ?? Readable.from([]) })
    const [line] = (await Promise.race([once(lines, 'line'), once(child, 'exit').then(() => [''])])) as [string]
    const match = SERVING_LINE.exec(line)
    if (!match) throw new Error(`round ${round}: the server did not start: ${line} ${stderr}`)
    const [, origin, token] = match
    let killed = false
    const call = async (method: string, body: unknown): Promise<unknown> => {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body)
      })
      const envelope = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } }
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message ?? 'failed'}`)
      return envelope.result
    }
    const writer = async (w: number): Promise<void> => {
      const mine: Annotation[] = []
      while (!killed) {
        const documentId = documentIds[Math.floor(next() * documentIds.length)] ?? 'doc-a'
        const choice = next()
        try {
          if (choice < 0.6 || mine.length === 0) {
            // Word-aligned spans in the ASCII part of the text, so no span cuts an emoji.
            const start = 30 + Math.floor(next() * 400) * 5
            const tag = TAGS[(w + Math.floor(next() * 4)) % 4] ?? 'claim'
            const annotation = (await call('annotations.create', { documentId, tag, start, end: start + 1 + Math.floor(next() * 20) })) as Annotation
            acknowledgedWrites += 1
            expected.present.set(annotation.id, { documentId, tag: annotation.tag })
            expected.absent.delete(annotation.id)
            mine.push({ ...annotation, id: `${documentId}/${annotation.id}` })
          } else {
            const index = Math.floor(next() * mine.length)
            const [target] = mine.splice(index, 1)
            if (!target) continue
            const [targetDocument = '', id = ''] = target.id.split('/')
            expected.uncertain.set(id, targetDocument)
            if (choice < 0.8) {
              const tag = TAGS[Math.floor(next() * 4)] ?? 'claim'
              const retagged = (await call('annotations.setTag', { documentId: targetDocument, annotationId: id, tag })) as Annotation
              acknowledgedWrites += 1
              expected.present.set(id, { documentId: targetDocument, tag: retagged.tag })
              expected.uncertain.delete(id)
              mine.push(target)
            } else {
              await call('annotations.delete', { documentId: targetDocument, annotationId: id })
              acknowledgedWrites += 1
              expected.present.delete(id)
              expected.absent.add(id)
              expected.uncertain.delete(id)
            }
          }
        } catch (error) {
          // Refused commands (a duplicate span) are fine; a failure once the server is killed is expected.
          if (killed) return
          if (!/already tagged|Unknown|No annotation/.test((error as Error).message)) throw error
        }
      }
    }
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w))
    await new Promise((done) => setTimeout(done, 50 + next() * 400))
    killed = true
    child.kill('SIGKILL')
    await once(child, 'exit').catch(() => undefined)
    await Promise.all(writers)
    checkedAnnotations += await verify(projectDir, documentIds, expected, round)
    log(`round ${round + 1}/${rounds}: ${acknowledgedWrites} acknowledged writes so far, all present`)
  }
  return { rounds, acknowledgedWrites, checkedAnnotations }
}

/** Opens the project as the next start would, and checks every acknowledged write and every file. */
async function verify(projectDir: string, documentIds: string[], expected: Expected, round: number): Promise<number> {
  const store = await ProjectStore.open(projectDir)
  try {
    let checked = 0
    for (const documentId of documentIds) {
      const document = await store.getDocument(documentId)
      const byId = new Map(document.annotations.map((a) => [a.id, a]))
      for (const [id, want] of expected.present) {
        if (want.documentId !== documentId || expected.uncertain.has(id)) continue
        const found = byId.get(id)
        if (!found) throw new Error(`round ${round}: acknowledged annotation ${id} is missing from ${documentId}`)
        if (found.tag !== want.tag) throw new Error(`round ${round}: annotation ${id} has tag ${found.tag}, acknowledged ${want.tag}`)
        checked += 1
      }
      for (const id of expected.absent) if (byId.has(id)) throw new Error(`round ${round}: deleted annotation ${id} is back in ${documentId}`)
      // What the kill left undecided is whatever the disk holds now.
      for (const [id, inDocument] of expected.uncertain) {
        if (inDocument !== documentId) continue
        const found = byId.get(id)
        if (found) expected.present.set(id, { documentId, tag: found.tag })
        else {
          expected.present.delete(id)
          expected.absent.add(id)
        }
        expected.uncertain.delete(id)
      }
    }
    for (const file of await readdir(join(projectDir, 'documents'))) {
      if (file.endsWith('.json')) JSON.parse(await readFile(join(projectDir, 'documents', file), 'utf8'))
    }
    JSON.parse(await readFile(join(projectDir, 'project.json'), 'utf8'))
    return checked
  } finally {
    store.close()
  }
}
