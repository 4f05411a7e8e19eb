import { readdir, readFile, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Result } from '../core'
import { contract, type Method } from '../core/shared/contract'
import { documentRecordSchema } from '../core/shared/model/document'
import { projectFileSchema } from '../core/shared/model/project'
import { EXAMPLE_INPUTS, type ExampleIds } from '../core/testing/examples'
import { envelope, request, serveTestProject, type Reply, type ServedProject } from './testing/served-project'

/**
 * Random and mutated payloads for every method of the contract, through the HTTP transport: the
 * server must answer each with a result or a validation / not-found error, in a small response,
 * never crash or leave a promise unhandled, and leave a project that reopens with every file valid.
 * Seeded: set TESSERA_FUZZ_SEED to replay a failure (fast-check prints the seed and path).
 */
const SEED = Number(process.env.TESSERA_FUZZ_SEED ?? Date.now() % 2 ** 31)
/**
 * The workspace methods that open, create or close projects are left out: fed hostile folder paths they
 * would make projects wherever the fuzzer points (their validation is tested in workspace.test.ts).
 */
const FOLDER_CHANGING = new Set<Method>(['workspace.openProject', 'workspace.createProject', 'workspace.closeProject', 'workspace.openSample'])
const METHODS = (Object.keys(contract) as Method[]).filter((method) => !FOLDER_CHANGING.has(method))
/**
 * Payloads over all the methods, spread evenly and sent four at a time, plus the raw-body runs below:
 * 10,000 in `npm test` (about 140 per method; a new method does not make the run longer), and as many as
 * TESSERA_API_FUZZ_PAYLOADS says for a run at length (`npm run fuzz:api`: 100,000).
 */
const METHOD_PAYLOADS = payloadCount(process.env.TESSERA_API_FUZZ_PAYLOADS)
const BATCH = 4
const RUNS_PER_METHOD = Math.ceil(METHOD_PAYLOADS / METHODS.length / BATCH)
const RAW_RUNS = 1000
const MAX_ERROR_BYTES = 16 * 1024
const EXPECTED_ERRORS = new Set(['invalid-input', 'not-found', 'unknown-method'])

function payloadCount(setting: string | undefined): number {
  if (setting === undefined) return 10_000
  const count = Number(setting)
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`TESSERA_API_FUZZ_PAYLOADS must be a whole number of payloads, 1 or more; it is "${setting}"`)
  return count
}

let served: ServedProject
let ids: ExampleIds
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown): void => void unhandled.push(reason)
const tally = new Map<string, number>()

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled)
  served = await serveTestProject()
  const documentId = 'nationpress-2024-12-01'
  const created = await served.core.call('annotations.create', { documentId, tag: 'place', start: 0, end: 10 })
  const entity = await served.core.call('entities.create', { documentId, annotationId: created.id })
  ids = { documentId, annotationId: created.id, entityId: entity.id }
})

let closedByTest = false
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled)
  if (closedByTest) await rm(served.dir, { recursive: true, force: true })
  else await served.dispose()
})

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function deepArray(depth: number): Json {
  let value: Json = 0
  for (let i = 0; i < depth; i += 1) value = [value]
  return value
}

/** Values most likely to break a handler: wrong types, edge numbers, huge and odd strings, deep nesting. */
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.integer({ min: -3, max: 400 }),
  fc.constantFrom<Json>(
    '', ' ', '🙂', '🇸🇾', 'حماة', '\u0000', '\r\n', '../../outside', '../project', '..', '/etc/passwd', '__proto__', 'constructor', 'x'.repeat(100_000),
    -1, 0, 0.5, -0, 1e308, 2 ** 53, Number.MAX_SAFE_INTEGER, null, true, [], {}, { __proto__: 1 },
    'claim', 'actor', 'jsonl', 'csv', 'utf16', 'nationpress-2024-12-01', deepArray(2000)
  )
)

type Path = (string | number)[]

function leafPaths(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix]
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value)
  return [prefix, ...entries.flatMap(([key, child]) => leafPaths(child, [...prefix, key]))]
}

/** `root` with the value at `path` replaced, or removed when `value` is undefined. */
function setAt(root: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null
  const [head = '', ...rest] = path
  const child = (container: Json): Json | undefined =>
    rest.length === 0 ? value : setAt((container as Record<string | number, Json>)[head] ?? null, rest, value)
  if (Array.isArray(root)) {
    const replaced = child(root)
    const index = Number(head)
    return replaced === undefined ? root.filter((_, i) => i !== index) : root.map((item, i) => (i === index ? replaced : item))
  }
  const object = root !== null && typeof root === 'object' ? root : {}
  const replaced = child(object)
  const others = Object.entries(object).filter(([key]) => key !== String(head))
  return Object.fromEntries(replaced === undefined ? others : [...others, [String(head), replaced]])
}

/** A mutation of a valid example: drop, replace or add a field at any depth, or replace the whole input. */
const mutation = fc.record({
  kind: fc.constantFrom('keep', 'drop', 'set', 'set', 'add', 'replace'),
  pick: fc.nat(),
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'documentId', 'extra')),
  value: hostileValue
})

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function mutate(example: Json, { kind, pick, key, value }: Mutation): Json {
  const paths = leafPaths(example)
  const path = paths[pick % paths.length] ?? []
  switch (kind) {
    case 'keep':
      return example
    case 'drop':
      return path.length ? setAt(example, path, undefined) : {}
    case 'set':
      return setAt(example, path, value)
    case 'add':
      return setAt(example, [...path.slice(0, -1), key], value)
    default:
      return value
  }
}

async function send(method: string, body: string | Buffer): Promise<Reply> {
  return request(served.server.port, {
    method: 'POST',
    path: `/api/${encodeURIComponent(method)}`,
    headers: { Authorization: `Bearer ${served.server.token}`, 'Content-Type': 'application/json' },
    body
  })
}

/** The server's answer is one of the expected ones; anything else is a finding. */
function checkReply(method: string, payload: string, reply: Reply): void {
  const context = `${method} ${payload.slice(0, 300)}`
  const body = envelope<unknown>(reply)
  if (body.ok) {
    expect(reply.status, context).toBe(200)
    tally.set('accepted', (tally.get('accepted') ?? 0) + 1)
    return
  }
  expect(EXPECTED_ERRORS, `${context} → ${body.error.code}: ${body.error.message}`).toContain(body.error.code)
  expect(Buffer.byteLength(reply.text), context).toBeLessThan(MAX_ERROR_BYTES)
  tally.set(body.error.code, (tally.get(body.error.code) ?? 0) + 1)
}

describe('fuzzing the HTTP API', () => {
  for (const method of METHODS) {
    it(`${method}: ${RUNS_PER_METHOD * BATCH} random and mutated payloads get a result or a validation error`, async () => {
      const example = EXAMPLE_INPUTS[method](ids) as Json
      const payload = fc.oneof(
        { weight: 4, arbitrary: mutation.map((m) => mutate(example, m)) },
        { weight: 1, arbitrary: hostileValue }
      )
      await fc.assert(
        fc.asyncProperty(fc.array(payload, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
          const bodies = batch.map((input) => JSON.stringify(input) ?? 'null')
          const replies = await Promise.all(bodies.map((body) => send(method, body)))
          replies.forEach((reply, i) => checkReply(method, bodies[i] ?? '', reply))
        }),
        { numRuns: RUNS_PER_METHOD, seed: SEED }
      )
      // Methods that write (a verified, fsynced snapshot per valid backups.create) take minutes on a loaded 2-core machine; the bound is for a hung server, not a speed target.
    }, 360_000)
  }

  it(`${RAW_RUNS} raw bodies (not JSON, truncated JSON, binary) and unknown method names are refused cleanly`, async () => {
    const names = fc.oneof(fc.constantFrom(...METHODS), fc.string({ maxLength: 30 }), fc.constantFrom('__proto__', 'toString', 'constructor'))
    const rawBody = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
      fc.tuple(fc.constantFrom(...METHODS), fc.nat()).map(([m, cut]) => {
        const text = JSON.stringify(EXAMPLE_INPUTS[m](ids))
        return text.slice(0, cut % Math.max(1, text.length))
      })
    )
    await fc.assert(
      fc.asyncProperty(names, rawBody, async (method, body) => {
        const reply = await send(method, body)
        checkReply(method, typeof body === 'string' ? body : body.toString('hex'), reply)
      }),
      { numRuns: RAW_RUNS, seed: SEED }
    )
  })

  it('leaves no unhandled rejection, a server that still answers, and a project that reopens with every file valid', async () => {
    const payloads = [...tally.values()].reduce((sum, n) => sum + n, 0)
    console.log(`fuzz: ${payloads} payloads, seed ${SEED}: ${JSON.stringify(Object.fromEntries(tally))}`)
    expect(payloads).toBeGreaterThanOrEqual(METHOD_PAYLOADS + RAW_RUNS)
    expect(unhandled).toEqual([])

    const list = envelope<Result<'documents.list'>>(await send('documents.list', '{}'))
    if (!list.ok) throw new Error('documents.list failed after the fuzz run')
    expect(list.result.filter((d) => d.problem)).toEqual([])

    await served.server.close()
    served.core.close()
    closedByTest = true
    const projectFile = projectFileSchema.parse(JSON.parse(await readFile(join(served.projectDir, 'project.json'), 'utf8')))
    const documentFiles = (await readdir(join(served.projectDir, 'documents'))).filter((name) => name.endsWith('.json'))
    expect(documentFiles.sort()).toEqual(projectFile.documentIds.map((id) => `${id}.json`).sort())
    for (const name of documentFiles) {
      documentRecordSchema.parse(JSON.parse(await readFile(join(served.projectDir, 'documents', name), 'utf8')))
    }
    const reopened = await createCore({ projectDir: served.projectDir, resourcesDir: resolve('resources'), author: 'test' })
    try {
      expect(await reopened.call('documents.list', {})).toEqual(list.result)
    } finally {
      reopened.close()
    }
  })
})
