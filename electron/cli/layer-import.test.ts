import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore } from '../core'
import type { Annotation } from '../core/shared/model/annotation'
import { createAgreementProject } from '../core/testing/agreement-project'
import { tessera } from './testing/run-cli'

/** brat's own tutorial, unchanged from nlplab/brat (MIT; see the fixtures' README). */
const BRAT = resolve('electron/core/interchange/fixtures/interop/brat-news')
const DOCUMENTS = ['d1', 'd2', 'd3', 'd4']

let dir: string
let source: string
let copy: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-layer-'))
  source = join(dir, 'source')
  copy = join(dir, 'copy')
  await createAgreementProject(source)
  await createAgreementProject(copy)
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Every annotation of the project by document, read through the core (the CLI must have let go of the lock). */
async function annotationsOf(project: string, author?: string): Promise<Record<string, Annotation[]>> {
  const core = await createCore({ projectDir: project, resourcesDir: resolve('resources'), author: 'reader' })
  try {
    const byDocument: Record<string, Annotation[]> = {}
    for (const documentId of DOCUMENTS) {
      const { annotations } = await core.call('documents.get', { documentId })
      byDocument[documentId] = annotations.filter((a) => author === undefined || a.author === author)
    }
    return byDocument
  } finally {
    core.close()
  }
}

/** The copy as only bob annotated it: ann's annotations taken out through the core. */
async function onlyBobIn(project: string): Promise<void> {
  const core = await createCore({ projectDir: project, resourcesDir: resolve('resources'), author: 'bob' })
  try {
    for (const documentId of DOCUMENTS) {
      for (const a of (await core.call('documents.get', { documentId })).annotations) if (a.author === 'ann') await core.call('annotations.delete', { documentId, annotationId: a.id })
    }
  } finally {
    core.close()
  }
}

describe('tessera export --annotator and import --as-layer', () => {
  it("round trip: ann's layer exported from one project and imported into a copy where only bob annotated holds both layers, bob's untouched; again changes nothing", async () => {
    await onlyBobIn(copy)
    const bobBefore = await annotationsOf(copy, 'bob')
    const layer = join(dir, 'ann.jsonl')
    const exported = await tessera('export', '--project', source, '--format', 'jsonl', '--offsets', 'codepoint', '--annotator', 'ann', '--out', layer)
    expect(exported.code).toBe(0)
    const imported = await tessera('import', '--project', copy, '--as-layer', layer)
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    expect(imported.stdout).toContain('ann.jsonl:2: added 4 annotations by ann to "Army forces shelled Hama on Tuesday." (matched by id)\n')
    expect(imported.stdout).toContain('Layers added to 3 documents; 0 not found; failed 0.\n')
    const comparable = (byDocument: Record<string, Annotation[]>) => Object.values(byDocument).flat().map(({ id, tag, start, end, quote, attributes, author, createdAt, updatedAt }) => ({ id, tag, start, end, quote, attributes, author, createdAt, updatedAt }))
        .sort((a, b) => a.id.localeCompare(b.id))
    expect(comparable(await annotationsOf(copy, 'ann'))).toEqual(comparable(await annotationsOf(source, 'ann')))
    expect(await annotationsOf(copy, 'bob')).toEqual(bobBefore)

    const again = await tessera('import', '--project', copy, '--as-layer', layer)
    expect(again.stdout).toContain('ann.jsonl:2: "Army forces shelled Hama on Tuesday." already holds this layer by ann; nothing changed\n')
    expect(comparable(await annotationsOf(copy, 'ann'))).toEqual(comparable(await annotationsOf(source, 'ann')))
  })

  it('refuses to export the layer of an annotator with no annotation there, naming those who have one', async () => {
    const out = join(dir, 'nobody.jsonl')
    const run = await tessera('export', '--project', source, '--format', 'jsonl', '--annotator', 'anne', '--out', out)
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain('No annotation by "anne" in the documents exported (annotators there: "ann", "bob").')
    await expect(copyFile(out, join(dir, 'x'))).rejects.toThrow(/ENOENT/)
  })

  it("imports brat's tutorial annotations (which name no author) as the named annotator's layer on the project's plain-text copy of the document", async () => {
    const plain = join(dir, 'brat-copy')
    const txt = join(BRAT, '000-introduction.txt')
    expect((await tessera('import', '--project', plain, txt)).code).toBe(0)
    const refused = await tessera('import', '--project', plain, '--as-layer', join(BRAT, '000-introduction.ann'), txt)
    expect(refused.code).not.toBe(0)
    expect(refused.stdout).toMatch(/Failed .*000-introduction\.ann: has \d+ annotations that name no author: say whose layer it is/)
    const run = await tessera('import', '--project', plain, '--as-layer', '--annotator', 'brat-tutorial', join(BRAT, '000-introduction.ann'), txt)
    expect(run.stdout).toMatch(/Layer .*000-introduction\.ann: added \d+ annotations by brat-tutorial to "Welcome to the Brat Rapid Annotation Tool \(brat\) tutorial!"/)
    const core = await createCore({ projectDir: plain, resourcesDir: resolve('resources'), author: 'reader' })
    try {
      const [summary] = await core.call('documents.list', {})
      const document = await core.call('documents.get', { documentId: summary?.id ?? '' })
      // T1–T7, each found again in the re-flowed plain-text copy (the event trigger "moving" among three by its context).
      expect(document.annotations).toHaveLength(7)
      expect(document.annotations.every((a) => a.author === 'brat-tutorial' && document.text.slice(a.start, a.end) === a.quote)).toBe(true)
      expect(document.annotations.map((a) => a.quote)).toContain('Raul Salinas de Gortari')
    } finally {
      core.close()
    }
  })

  it('says --annotator belongs with --as-layer', async () => {
    const run = await tessera('import', '--project', copy, '--annotator', 'ann', join(dir, 'none.jsonl'))
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain('--annotator names whose layer a file is: use it with --as-layer.')
  })
})
