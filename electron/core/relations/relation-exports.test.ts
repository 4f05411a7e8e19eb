import { afterAll, describe, expect, it } from 'vitest'
import { unzipSync } from 'fflate'
import { createCore, type Core } from '../core'
import { RESOURCES_DIR, useTempDirs } from '../testing/helpers'
import { exportFile } from '../testing/export-file'
import { inEnglish } from '../shared/i18n/said'
import { useWarmImportWorkers } from '../import/worker/testing'
import { NATION, RELATION_TYPES, TEHRAN, relateSample, type RelatedSample } from '../testing/related-sample'

const tempDir = useTempDirs()
const cores: Core[] = []
afterAll(() => cores.forEach((core) => core.close()))
useWarmImportWorkers()

async function open(seedSample: boolean): Promise<Core> {
  const core = await createCore({ projectDir: await tempDir(), resourcesDir: RESOURCES_DIR, author: 'tester', seedSample })
  cores.push(core)
  return core
}

/** The sample with a claim in Tehran Times contradicting one in NationPress, and government forces located at Hama. */
async function related(): Promise<RelatedSample & { core: Core }> {
  const core = await open(true)
  return { core, ...(await relateSample(core)) }
}

type Line = { type: string; id?: string; relations?: Record<string, unknown>[]; relation_types?: unknown }

describe('project relations in the exports', () => {
  it('JSONL: the header declares the types; a relation across documents is on its source’s line with to_document, and only when both ends are exported', async () => {
    const { core, across, located, ids } = await related()
    const lines = (await exportFile(core, { format: 'jsonl' })).content.trim().split('\n').map((l) => JSON.parse(l) as Line)
    expect(lines[0]?.relation_types).toEqual([
      { id: 'contradicts', label: 'contradicts', from: ['claim'], to: ['claim'], directed: false, cross_document: true },
      { id: 'located-at', label: 'located at', from: ['actor'], to: ['place'], directed: true, cross_document: false }
    ])
    const line = (id: string) => lines.find((l) => l.id === id)
    expect(line(TEHRAN)?.relations).toEqual([expect.objectContaining({ id: across, type: 'contradicts', from: ids.halted, to: ids.withdrawals, to_document: NATION })])
    expect(line(NATION)?.relations).toEqual([expect.objectContaining({ id: located, type: 'located-at', from: ids.forces, to: ids.hama })])
    expect(line(NATION)?.relations?.[0]).not.toHaveProperty('to_document')

    const onlyTehran = (await exportFile(core, { format: 'jsonl', documents: { ids: [TEHRAN] } })).content.trim().split('\n').map((l) => JSON.parse(l) as Line)
    expect(onlyTehran.find((l) => l.id === TEHRAN)?.relations).toEqual([])
    const noClaims = (await exportFile(core, { format: 'jsonl', tags: ['actor', 'place'] })).content.trim().split('\n').map((l) => JSON.parse(l) as Line)
    expect(noClaims.flatMap((l) => l.relations ?? []).map((r) => r.type)).toEqual(['located-at'])
  })

  it('W3C: the relation across documents is a linking annotation naming both documents; the collection declares the types', async () => {
    const { core, across, ids } = await related()
    const collection = JSON.parse((await exportFile(core, { format: 'w3c' })).content) as { 'tessera:relationTypes': unknown; first: { items: Record<string, unknown>[] } }
    expect(collection['tessera:relationTypes']).toEqual(RELATION_TYPES)
    const link = collection.first.items.find((item) => String(item.id).endsWith(across))
    expect(link).toMatchObject({
      motivation: 'linking',
      'tessera:relationType': 'contradicts',
      'tessera:document': expect.stringContaining(TEHRAN),
      'tessera:targetDocument': expect.stringContaining(NATION),
      target: [expect.stringContaining(ids.halted), expect.stringContaining(ids.withdrawals)]
    })
  })

  it('brat: an R line for the relation within a document, its type in annotation.conf with its argument tags; the one across documents left out and said', async () => {
    const { core } = await related()
    const file = await exportFile(core, { format: 'brat' })
    const files = Object.fromEntries(Object.entries(unzipSync(Buffer.from(file.content, 'base64'))).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]))
    const conf = files['annotation.conf'] ?? ''
    expect(conf).toMatch(/^located-at\tArg1:actor, Arg2:place$/m)
    expect(conf).toMatch(/^contradicts\tArg1:claim, Arg2:claim$/m)
    const ann = Object.entries(files).filter(([name]) => name.endsWith('.ann')).map(([, text]) => text).join('\n')
    expect(ann.match(/^R\d+\t\S+/gm)?.map((l) => l.split('\t')[1])).toEqual(['located-at'])
    expect(file.report?.notes.map(inEnglish)).toContain('1 relation across documents left out: a brat relation joins spans of one file (the JSONL and W3C exports hold them).')
  })
})
