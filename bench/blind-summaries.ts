/**
 * What blind mode adds to `documents.list` and `project.stats`: each summary read through `summaryFor` (the
 * per-annotator counts taken out, or the blind annotator's own counted), on 100,000 summaries of two annotators.
 */
import type { DocumentSummary } from '../electron/core/shared/model/document'
import { summaryFor } from '../electron/core/layers/blind-reads'
import { measure } from './measure'

const DOCUMENTS = 100_000
const RUNS = 9
const TAGS = ['actor', 'place', 'claim', 'figure']

function summaries(): DocumentSummary[] {
  return Array.from({ length: DOCUMENTS }, (_, i) => {
    const mine = Object.fromEntries(TAGS.map((tag, t) => [tag, (i + t) % 7]))
    const theirs = Object.fromEntries(TAGS.map((tag, t) => [tag, (i * 3 + t) % 5]))
    return {
      id: `doc-${i}`, title: `Title ${i}`, source: 'Shafaq News', author: '', date: '2024-12-04', url: '', language: 'en', status: 'in-progress' as const,
      annotationCount: 40, tagCounts: Object.fromEntries(TAGS.map((tag) => [tag, 10])), tagCountsByAuthor: { ann: mine, bob: theirs },
      ...(i % 2 === 0 ? { doneBy: ['ann'] } : {})
    }
  })
}

const documents = summaries()
console.log(`\nBlind mode on the document list: ${DOCUMENTS.toLocaleString('en')} summaries, two annotators (median of ${RUNS})`)
measure('not blind: per-annotator counts taken out', () => documents.map((s) => summaryFor({ author: 'ann', blindMode: false }, s)), RUNS, 200)
measure('blind, half done for me: own counts', () => documents.map((s) => summaryFor({ author: 'ann', blindMode: true }, s)), RUNS, 200)
