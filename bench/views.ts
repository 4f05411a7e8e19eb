/**
 * The corpus views (issue 11) on the performance issue's large project: 10,000 articles, 500,000 spans.
 * Documents are generated in memory and reduced to the view index's extracts (as the index does on each
 * change), then each view is timed over the whole index. Target: ≤ 200 ms per view.
 */
import { performance } from 'node:perf_hooks'
import { findSuggestions } from '../electron/core/entities/suggestions'
import type { Annotation } from '../electron/core/model/annotation'
import type { AttributeValues } from '../electron/core/model/attributes'
import type { DocumentRecord } from '../electron/core/model/document'
import type { EntitiesFile, Entity } from '../electron/core/model/entity'
import type { Relation } from '../electron/core/model/relation'
import { quoteWithContext } from '../electron/core/text/spans'
import { claimsCsv } from '../electron/core/views/claims-csv'
import { ClaimOrder, CLAIM_SORT_KEYS } from '../electron/core/views/claim-order'
import { claimRows, claimsView } from '../electron/core/views/claims-view'
import { EntityTally, entitiesView } from '../electron/core/views/entities-view'
import { extractDocument, type DocumentExtract } from '../electron/core/views/extract'
import { FigureGroups, figuresView } from '../electron/core/views/figures-view'
import { mentionsView } from '../electron/core/views/mentions-view'
import { UnlinkedMentions } from '../electron/core/views/unlinked-mentions'
import { seededRandom as random } from '../electron/core/testing/seeded-random'
import { measure as measureRuns } from './measure'

const DOCUMENTS = 10_000
const MENTIONS = 25
const CLAIMS = 15
const FIGURES = 10
const ENTITIES = 2_000
const OUTLETS = 20
const COUNTED = ['fighters killed', 'civilians killed', 'villages taken', 'km advanced', 'soldiers captured', 'tanks destroyed']
const STANCES = ['asserted', 'reported', 'denied', 'disputed']
const FILLER = ['the', 'army', 'said', 'near', 'town', 'of', 'and', 'after', 'reports', 'that', 'حماة', '🙂']
const TARGET_MS = 200
const RUNS = 5

const next = random(11)
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
const now = '2024-12-01T00:00:00.000Z'

const entities: Entity[] = Array.from({ length: ENTITIES }, (_, i) => ({
  id: `entity-${i}`,
  name: `Group ${i}`,
  type: i % 4 === 0 ? 'place' : 'actor',
  aliases: [`G${i}`, `the group number ${i}`],
  note: '',
  coordinates: null,
  createdAt: now,
  updatedAt: now
}))

/** One generated article: filler words with the spans written into it, so every quote is its text. */
function generateDocument(index: number): DocumentRecord {
  let text = ''
  const annotations: Annotation[] = []
  const relations: Relation[] = []
  const write = (words: number): void => {
    for (let i = 0; i < words; i += 1) text += `${pick(FILLER)} `
  }
  const span = (tag: string, quote: string, attributes: AttributeValues, entityId: string | null): Annotation => {
    write(3 + Math.floor(next() * 6))
    const start = text.length
    text += `${quote} `
    const annotation: Annotation = {
      id: `d${index}-a${annotations.length}`,
      tag,
      start,
      end: start + quote.length,
      quote,
      prefix: '',
      suffix: '',
      attributes,
      note: '',
      author: 'bench',
      createdAt: now,
      updatedAt: now,
      entityId
    }
    annotations.push(annotation)
    return annotation
  }
  const mentions: Annotation[] = []
  for (let i = 0; i < MENTIONS; i += 1) {
    const entity = pick(entities)
    const linked = next() < 0.8
    mentions.push(span(entity.type, next() < 0.5 ? entity.name : (entity.aliases[0] ?? entity.name), {}, linked ? entity.id : null))
  }
  const claims: Annotation[] = []
  for (let i = 0; i < CLAIMS; i += 1) {
    const claim = span('claim', `the army said that ${Math.floor(next() * 1000)} fighters were killed near town`, { stance: pick(STANCES) }, null)
    claims.push(claim)
    const actor = mentions.find((m) => m.tag === 'actor' && next() < 0.3)
    if (actor) relations.push({ id: `${claim.id}-r`, type: 'attributed-to', from: claim.id, to: actor.id, author: 'bench', createdAt: now })
  }
  for (let i = 0; i < FIGURES; i += 1) {
    const value = Math.floor(next() * 2000)
    const figure = span('figure', value.toLocaleString('en'), { value, counted: pick(COUNTED) }, null)
    if (next() < 0.7) relations.push({ id: `${figure.id}-r`, type: 'stated-in', from: figure.id, to: pick(claims).id, author: 'bench', createdAt: now })
  }
  for (const annotation of annotations) Object.assign(annotation, quoteWithContext(text, annotation.start, annotation.end))
  const day = 1 + (index % 28)
  return {
    schemaVersion: 2,
    id: `doc-${index}`,
    title: `Article ${index}`,
    source: `Outlet ${index % OUTLETS}`,
    author: '',
    date: `2024-11-${String(day).padStart(2, '0')}`,
    url: '',
    language: 'en',
    importedFrom: 'bench',
    importedAt: now,
    status: 'in-progress',
    text,
    annotations,
    relations
  }
}

function measure(label: string, run: () => unknown, target: number | null = TARGET_MS): void {
  measureRuns(label, run, RUNS, target)
}

function once(label: string, run: () => unknown): void {
  const start = performance.now()
  run()
  console.log(`${label.padEnd(52)} ${(performance.now() - start).toFixed(1).padStart(9)} ms  (once per session)`)
}

export function benchViews(): void {
  console.log(`\nCorpus views: ${DOCUMENTS.toLocaleString('en')} articles, ${(DOCUMENTS * (MENTIONS + CLAIMS + FIGURES)).toLocaleString('en')} spans, ${ENTITIES.toLocaleString('en')} entities, ${OUTLETS} outlets (median of ${RUNS})`)
  const extracts: DocumentExtract[] = []
  let extracting = 0
  for (let i = 0; i < DOCUMENTS; i += 1) {
    const document = generateDocument(i)
    const start = performance.now()
    extracts.push(extractDocument(document))
    extracting += performance.now() - start
  }
  console.log(`${'build the index: extract every document (cold)'.padEnd(52)} ${extracting.toFixed(1).padStart(9)} ms  (once per session)`)
  const sample = generateDocument(DOCUMENTS)
  measure('index update on a change: extract one document', () => extractDocument(sample), 16)

  let edited = 0
  /** One document edited: its extract replaced, as the view index does after a change. */
  const changeOne = (): void => {
    edited += 1
    const index = (edited * 7919) % DOCUMENTS
    const fresh = extractDocument(generateDocument(DOCUMENTS + edited))
    extracts[index] = { ...fresh, documentId: `doc-${index}` }
  }
  const file: EntitiesFile = { schemaVersion: 1, entities, rejectedSuggestions: [] }
  const tally = new EntityTally()
  const groups = new FigureGroups()
  once('entities index: first count of the corpus', () => entitiesView(extracts, entities, {}, tally))
  once('figures index: first grouping of the corpus', () => figuresView(extracts, {}, groups))
  const top = entitiesView(extracts, entities, {}, tally).entities[0]
  measure('views.entities (+ outlet × entity matrix)', () => entitiesView(extracts, entities, {}, tally))
  measure(`views.mentions (${top?.mentionCount ?? 0} lines, a page of 200)`, () => mentionsView(extracts, top?.id ?? '', { offset: 0, limit: 200 }))
  const page = { offset: 0, limit: 200 }
  const byDate = { sort: { by: 'date' as const, direction: 'asc' as const }, ...page }
  const order = new ClaimOrder()
  const claimCount = (DOCUMENTS * CLAIMS).toLocaleString('en')
  for (const by of CLAIM_SORT_KEYS) once(`claims index: first sort of ${claimCount} by ${by}`, () => order.sorted(extracts, entities, by))
  measure(`views.claims, all ${claimCount}, by date`, () => claimsView(extracts, entities, byDate, order))
  measure('views.claims, by text, descending', () => claimsView(extracts, entities, { ...byDate, sort: { by: 'text', direction: 'desc' } }, order))
  measure('views.claims, by actor, page 500', () => claimsView(extracts, entities, { ...byDate, offset: 100_000, sort: { by: 'actor', direction: 'asc' } }, order))
  measure('views.claims, 2 outlets and a stance', () => claimsView(extracts, entities, { ...byDate, outlets: ['Outlet 1', 'Outlet 2'], stances: ['denied'] }, order))
  measure('views.claims, by entity', () => claimsView(extracts, entities, { ...byDate, entityId: top?.id ?? '' }, order))
  measure('views.claims, text typed ("fighters were killed")', () => claimsView(extracts, entities, { ...byDate, text: 'fighters were killed' }, order))
  measure('views.claims by text, right after one document changed', () => {
    changeOne()
    claimsView(extracts, entities, { ...byDate, sort: { by: 'text', direction: 'asc' } }, order)
  })
  measure('views.figures (every thing counted, ≤ 1,000 points per outlet)', () => figuresView(extracts, { pointsPerOutlet: 1_000 }, groups))
  measure('views.entities + views.figures after one document changed', () => {
    changeOne()
    entitiesView(extracts, entities, {}, tally)
    figuresView(extracts, { pointsPerOutlet: 1_000 }, groups)
  })
  const unlinked = new UnlinkedMentions()
  once('suggestions index: first lookup of unlinked mentions', () => findSuggestions(extracts, file, { limit: 100 }, unlinked))
  measure('entities.suggestions (first 100, counting all)', () => findSuggestions(extracts, file, { limit: 100 }, unlinked))
  measure('entities.suggestions for one entity', () => findSuggestions(extracts, file, { limit: 100, entityId: top?.id ?? '' }, unlinked))
  let csvBytes = 0
  measure('views.claimsCsv, every claim (an export, no target)', () => {
    csvBytes = claimsCsv(claimRows(extracts, entities, byDate, order)).length
  }, null)
  console.log(`${'claims CSV size'.padEnd(52)} ${(csvBytes / 1e6).toFixed(1).padStart(9)} MB`)
}
