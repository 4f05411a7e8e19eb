/**
 * The document list's filters and sorts (renderer/src/documents/document-view.ts) on 10,000 summaries,
 * as the renderer runs them on every keystroke in the filter field: target ≤ 50 ms per keystroke.
 */
import type { DocumentSummary } from '../electron/core/shared/model/document'
import { ALL_DOCUMENTS, applyView, filterDocuments, sortDocuments, statusCounts } from '../renderer/src/documents/document-view'
import { seededRandom as random } from '../electron/core/testing/seeded-random'
import { measure } from './measure'

const DOCUMENTS = 10_000
const RUNS = 15
const TARGET_MS = 50
const OUTLETS = ['Al Mayadeen English', 'NationPress', 'Shafaq News', 'Tehran Times', 'teleSUR English', 'الجزيرة', 'Ḥamā Today 🇸🇾']
const WORDS = ['army', 'Hama', 'حماة', 'offensive', 'rebels', 'convoy', 'Émeutes', 'ceasefire', '🙂', 'countryside', 'airport', 'ministry']
const STATUSES = ['not-started', 'in-progress', 'done'] as const

function summaries(): DocumentSummary[] {
  const next = random(11)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  return Array.from({ length: DOCUMENTS }, (_, i) => ({
    id: `doc-${i}`,
    title: Array.from({ length: 8 }, () => pick(WORDS)).join(' '),
    source: pick(OUTLETS),
    author: `Reporter ${i % 97}`,
    date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    url: '',
    language: 'en',
    status: pick(STATUSES),
    annotationCount: i % 50,
    tagCounts: {}
  }))
}

export function benchDocumentList(): void {
  const documents = summaries()
  console.log(`\nDocument list: ${DOCUMENTS.toLocaleString('en')} summaries (median of ${RUNS})`)
  measure('progress counts', () => statusCounts(documents), RUNS, TARGET_MS)
  const byTitle = sortDocuments(documents, 'title', 'asc')
  filterDocuments(byTitle, { ...ALL_DOCUMENTS, text: 'x' })
  let typed = 0
  const query = 'hama convoy army'
  measure('filter: one more letter typed (title, source, author)', () => {
    typed = (typed % query.length) + 1
    filterDocuments(byTitle, { ...ALL_DOCUMENTS, text: query.slice(0, typed) })
  }, RUNS, TARGET_MS)
  measure('filter: status + outlet + words', () => applyView(documents, { ...ALL_DOCUMENTS, status: 'done', source: 'Shafaq News', text: 'حماة' }), RUNS, TARGET_MS)
  for (const sort of ['status', 'source', 'date', 'title'] as const) {
    measure(`sort by ${sort}, desc (on a change)`, () => applyView(documents, { ...ALL_DOCUMENTS, sort, direction: 'desc' }), RUNS, TARGET_MS)
  }
}
