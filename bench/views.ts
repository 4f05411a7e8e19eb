/**
 * The corpus views (issue 11) on the performance issue's large project: 10,000 articles, 500,000 spans.
 * Documents are generated in memory and reduced to the view index's extracts (as the index does on each
 * change), then each view is timed over the whole index. Target: ≤ 200 ms per view.
 */
import { performance } from 'node:perf_hooks'
import { findSuggestions } from '../electron/core/entities/suggestions'
import type { EntitiesFile } from '../electron/core/shared/model/entity'
import { claimsCsv } from '../electron/core/views/claims-csv'
import { ClaimOrder, CLAIM_SORT_KEYS } from '../electron/core/views/claim-order'
import { claimRows, claimsView } from '../electron/core/views/claims-view'
import { EntityTally, entitiesView } from '../electron/core/views/entities-view'
import { extractDocument, type DocumentExtract } from '../electron/core/views/extract'
import { FigureGroups, figuresView } from '../electron/core/views/figures-view'
import { mentionsView } from '../electron/core/views/mentions-view'
import { UnlinkedMentions } from '../electron/core/views/unlinked-mentions'
import { measure as measureRuns } from './measure'
import { CLAIMS, DOCUMENTS, ENTITIES, FIGURES, MENTIONS, OUTLETS, entities, generateDocument } from './views-corpus'

const TARGET_MS = 200
const RUNS = 5

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
