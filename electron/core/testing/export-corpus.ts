/** A project built to break exporters: astral characters, decomposed accents, Arabic, CRLF, overlaps. */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../core'
import { documentFromText } from '../documents/from-text'
import type { Annotation } from '../shared/model/annotation'
import type { DocumentRecord } from '../shared/model/document'
import { ENTITIES_SCHEMA_VERSION, type Entity } from '../shared/model/entity'
import { DEFAULT_TAGS, type TagDefinition } from '../shared/model/project'
import { ProjectStore } from '../store/project-store'
import { quoteWithContext } from '../shared/text/spans'
import { RESOURCES_DIR } from './helpers'

/** A tag of the test's own with an attribute of every type. */
export const QUOTE_TAG: TagDefinition = {
  id: 'quote',
  label: 'Quote',
  color: '#0f766e',
  key: '5',
  attributes: [
    { id: 'verified', label: 'Verified', type: 'flag' },
    { id: 'tone', label: 'Tone', type: 'choice', values: ['calm', 'very angry'] },
    { id: 'speaker', label: 'Speaker', type: 'text' },
    { id: 'weight', label: 'Weight', type: 'number' }
  ]
}

/**
 * The article as a user's file holds it: CRLF line endings, a decomposed "é" (e + U+0301), an emoji
 * and a flag before the first tagged span, Arabic, and a quotation that runs across a paragraph break.
 */
export const RAW_ARTICLE =
  'Hama 🙂 🇸🇾 Re\u0301sidence report\r\n\r\nOfficials said, "we will hold\r\n\r\nthe city" near حماة.\r\n\r\n' +
  'Fighters claimed 1,200 dead; =SUM(A1) was "quoted".\r\n'

/** The annotations by the text they cover (first occurrence after the headline), with what they record. */
export const ARTICLE_SPANS: {
  quote: string
  tag: string
  id: string
  attributes?: Annotation['attributes']
  note?: string
  author?: string
  entityId?: string
}[] = [
  { quote: 'Officials', tag: 'actor', id: 'a-officials', attributes: { type: 'armed forces' }, note: 'Said twice, "loudly",\nthen\r\nagain', entityId: 'entity-army' },
  { quote: 'said, "we will hold\n\nthe city"', tag: 'claim', id: 'a-claim', attributes: { stance: 'reported', attributed_to: '=Officials' } },
  { quote: 'we will hold\n\nthe city', tag: 'quote', id: 'a-quote', attributes: { verified: true, tone: 'very angry', speaker: '-the army, "HQ"', weight: -2.5 }, author: 'Second, "B"' },
  { quote: 'the city', tag: 'place', id: 'a-city', attributes: { kind: 'city' } },
  { quote: 'حماة', tag: 'place', id: 'a-hama-ar', attributes: { kind: 'city' }, note: '=HYPERLINK("x")', entityId: 'entity-hama' },
  { quote: '1,200', tag: 'figure', id: 'a-figure', attributes: { value: 1200, qualifier: 'range', value_max: 1500, counted: 'dead' } },
  { quote: 'dead', tag: 'quote', id: 'a-dead', attributes: { verified: false } }
]

export const AUTHOR = 'Analyst, "R"'

const ENTITY_TIME = '2024-12-04T09:00:00.000Z'
/** The project's entities: names with quotes, a tab, a line break, a flag and Arabic; one place with coordinates; one without mentions. */
export const CORPUS_ENTITIES: Entity[] = [
  { id: 'entity-army', name: 'Syrian Arab Army "SAA"\t🇸🇾', type: 'actor', aliases: ['الجيش', 'the army'], note: 'Also "SAA",\nsee notes', coordinates: null, createdAt: ENTITY_TIME, updatedAt: ENTITY_TIME },
  { id: 'entity-hama', name: 'حماة', type: 'place', aliases: ['Hama'], note: '', coordinates: { lat: 35.1318, lon: 36.7578 }, createdAt: ENTITY_TIME, updatedAt: ENTITY_TIME },
  { id: 'entity-hts', name: 'Hayat Tahrir al-Sham', type: 'actor', aliases: ['HTS'], note: '', coordinates: null, createdAt: ENTITY_TIME, updatedAt: ENTITY_TIME }
]

function annotate(record: DocumentRecord, spans: typeof ARTICLE_SPANS): DocumentRecord {
  const headlineEnd = record.text.indexOf('\n')
  const annotations: Annotation[] = spans.map((span, index) => {
    const start = record.text.indexOf(span.quote, headlineEnd)
    if (start < 0) throw new Error(`the test article lacks ${span.quote}`)
    const end = start + span.quote.length
    const time = new Date(Date.UTC(2024, 11, 4, 10, index)).toISOString()
    return {
      id: span.id,
      tag: span.tag,
      start,
      end,
      ...quoteWithContext(record.text, start, end),
      attributes: span.attributes ?? {},
      note: span.note ?? '',
      author: span.author ?? AUTHOR,
      createdAt: time,
      updatedAt: time,
      entityId: span.entityId ?? null
    }
  })
  return { ...record, annotations }
}

export interface ExportCorpus {
  dir: string
  core: Core
  documents: DocumentRecord[]
}

/** Creates the project in `dir` and opens a core on it (the caller closes it). */
export async function createExportCorpus(dir: string): Promise<ExportCorpus> {
  const store = await ProjectStore.open(dir, { nameForNew: 'Hama week: test' })
  const article = annotate(
    {
      ...documentFromText('hama.txt', RAW_ARTICLE, { title: 'Hama: army says "largest" convoy 🙂', source: 'Shafaq News', date: '2024-12-04', author: 'Desk', url: 'https://example.org/hama', language: 'en' }, 'doc-hama'),
      status: 'done'
    },
    ARTICLE_SPANS
  )
  article.relations = [{ id: 'r-1', type: 'attributed-to', from: 'a-claim', to: 'a-officials', author: AUTHOR, createdAt: '2024-12-04T11:00:00.000Z' }]
  const arabic = annotate(
    { ...documentFromText('ar.txt', 'الجيش يتقدم\n\nقال مصدر إن الجيش دخل حماة 🇸🇾.', { title: 'CON', source: 'SANA', date: '2024-12-05', language: 'ar' }, 'doc-ar'), status: 'in-progress' },
    [{ quote: 'الجيش', tag: 'actor', id: 'b-army', attributes: { type: 'armed forces' }, entityId: 'entity-army' }, { quote: 'حماة', tag: 'place', id: 'b-hama', entityId: 'entity-hama' }]
  )
  const same = documentFromText('same.txt', 'A/B: second\n\nNothing tagged here.', { title: 'Hama: army says "largest" convoy 🙂', source: 'Shafaq News', date: null }, 'doc-same')
  await store.addDocuments([article, arabic, same])
  store.close()
  const projectFile = join(dir, 'project.json')
  const project = JSON.parse(await readFile(projectFile, 'utf8')) as { tags: TagDefinition[] }
  project.tags = [...DEFAULT_TAGS, QUOTE_TAG]
  await writeFile(projectFile, JSON.stringify(project))
  await writeFile(join(dir, 'entities.json'), JSON.stringify({ schemaVersion: ENTITIES_SCHEMA_VERSION, entities: CORPUS_ENTITIES, rejectedSuggestions: [] }))
  const core = await createCore({ projectDir: dir, resourcesDir: RESOURCES_DIR, author: AUTHOR, readOnly: true })
  const documents = await Promise.all(['doc-hama', 'doc-ar', 'doc-same'].map((documentId) => core.call('documents.get', { documentId })))
  return { dir, core, documents }
}

/** Python's `text[start:end]` on code points. */
export function slicePython(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('')
}
