import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../core'
import { documentFromText } from '../documents/from-text'
import type { Annotation } from '../shared/model/annotation'
import { ENTITIES_SCHEMA_VERSION, type Entity } from '../shared/model/entity'
import { ProjectStore } from '../store/project-store'
import { RESOURCES_DIR } from '../testing/helpers'
import { quoteWithContext } from '../shared/text/spans'
import { exportFile } from '../testing/export-file'

/**
 * Issue 18, item 7: annotations.csv says who said what. A claim attributed to an actor mention by the
 * `attributed-to` relation carries that mention's id, text and entity; every annotation its own entity.
 * The actor's text and the entity's name are hostile (a formula start, quotes, commas, a paragraph break,
 * a tab, an emoji): read back with csv-parse in strict mode, every row has every column, exactly.
 */
let core: Core
let dir = ''
const ACTOR = '=cmd|\' /C calc\'!A0 "Army, HQ"\n\n@Rebels 🙂'
const TEXT = `Intro line.\n\n${ACTOR} said the city fell.\n\nNobody said anything else.`
const ENTITY: Entity = {
  id: 'e-army', name: '+Army "Q", x\tcorp 🇸🇾', type: 'actor', aliases: [], note: '', coordinates: null,
  createdAt: '2024-12-04T09:00:00.000Z', updatedAt: '2024-12-04T09:00:00.000Z'
}

function span(text: string, id: string, tag: string, quote: string, entityId: string | null = null): Annotation {
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`no ${quote}`)
  const time = '2024-12-04T10:00:00.000Z'
  return { id, tag, start, end: start + quote.length, ...quoteWithContext(text, start, start + quote.length), attributes: {}, note: '', author: 'A', createdAt: time, updatedAt: time, entityId }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-csv-attribution-'))
  const store = await ProjectStore.open(dir, { nameForNew: 'Attribution' })
  const record = documentFromText('a.txt', TEXT, { title: 'A', source: 'SANA' }, 'doc-a')
  expect(record.text).toContain(ACTOR)
  record.annotations = [
    span(record.text, 'actor-1', 'actor', ACTOR, 'e-army'),
    span(record.text, 'claim-1', 'claim', 'the city fell'),
    span(record.text, 'claim-2', 'claim', 'anything else')
  ]
  record.relations = [
    { id: 'r-1', type: 'attributed-to', from: 'claim-1', to: 'actor-1', author: 'A', createdAt: '2024-12-04T11:00:00.000Z' },
    { id: 'r-2', type: 'stated-in', from: 'claim-2', to: 'claim-1', author: 'A', createdAt: '2024-12-04T11:00:00.000Z' }
  ]
  await store.addDocuments([record])
  store.close()
  await writeFile(join(dir, 'entities.json'), JSON.stringify({ schemaVersion: ENTITIES_SCHEMA_VERSION, entities: [ENTITY], rejectedSuggestions: [] }))
  core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: 'A', readOnly: true })
})
afterAll(async () => {
  core.close()
  await rm(dir, { recursive: true, force: true })
})

async function annotationsCsv(neutraliseFormulas: boolean): Promise<Record<string, string>[]> {
  const file = await exportFile(core, { format: 'csv', neutraliseFormulas })
  const bytes = unzipSync(Buffer.from(file.content, 'base64'))['annotations.csv']
  if (!bytes) throw new Error('no annotations.csv')
  // Strict: no relaxed quotes or column counts; a stray quote or a split row throws.
  return parse(Buffer.from(bytes), { bom: true, columns: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false }) as Record<string, string>[]
}

describe('annotations.csv: who said what', () => {
  it('a claim attributed with the relation names the actor mention, its text and its entity; raw cells come back exactly', async () => {
    const rows = await annotationsCsv(false)
    expect(rows).toHaveLength(3)
    const claim = rows.find((r) => r.annotation_id === 'claim-1')
    expect(claim).toMatchObject({ attributed_to_annotation_id: 'actor-1', attributed_to_text: ACTOR, attributed_to_entity: ENTITY.name, entity_id: '', entity_name: '', attr_attributed_to: '' })
    expect(rows.find((r) => r.annotation_id === 'actor-1')).toMatchObject({ entity_id: 'e-army', entity_name: ENTITY.name, text: ACTOR, attributed_to_annotation_id: '' })
    // A relation of another type is not an attribution.
    expect(rows.find((r) => r.annotation_id === 'claim-2')).toMatchObject({ attributed_to_annotation_id: '', attributed_to_text: '', attributed_to_entity: '' })
  })

  it('neutralises formula starts in the new text columns by default', async () => {
    const claim = (await annotationsCsv(true)).find((r) => r.annotation_id === 'claim-1')
    expect(claim?.attributed_to_text).toBe(`'${ACTOR}`)
    expect(claim?.attributed_to_entity).toBe(`'${ENTITY.name}`)
    expect(claim?.attributed_to_annotation_id).toBe('actor-1')
  })
})
