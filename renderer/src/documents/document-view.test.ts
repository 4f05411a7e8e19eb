import { describe, expect, it } from 'vitest'
import type { DocumentSummary } from '@core/shared/model/document'
import { ALL_DOCUMENTS, applyView, sourcesOf, statusCounts, type DocumentView } from './document-view'

function summary(id: string, fields: Partial<DocumentSummary>): DocumentSummary {
  return { id, title: id, source: '', author: '', date: null, url: '', language: '', status: 'not-started', annotationCount: 0, tagCounts: {}, ...fields } as DocumentSummary
}

const corpus = [
  summary('a', { title: 'Army enters Ḥamā 🇸🇾', source: 'SANA', date: '2024-12-03', status: 'done' }),
  summary('b', { title: 'الجيش يدخل حماة', source: 'Al Jazeera', date: '2024-12-01', status: 'in-progress' }),
  summary('c', { title: 'Rebels hold the line', source: 'SANA', date: null, status: 'not-started' }),
  summary('d', { title: 'Émeutes à Hama', source: '', date: '2024-12-02', status: 'done' })
]
const ids = (view: Partial<DocumentView>) => applyView(corpus, { ...ALL_DOCUMENTS, ...view }).map((d) => d.id)

describe('the document list view', () => {
  it('counts every status over the whole project', () => {
    expect(statusCounts(corpus)).toEqual({ 'not-started': 1, 'in-progress': 1, done: 2 })
  })

  it('filters by status, by outlet (including no outlet) and by words in any script, ignoring accents and case', () => {
    expect(ids({ status: 'done' })).toEqual(['a', 'd'])
    expect(ids({ source: 'SANA' })).toEqual(['a', 'c'])
    expect(ids({ source: '' })).toEqual(['d'])
    expect(ids({ text: 'hama' })).toEqual(['a', 'd'])
    expect(ids({ text: 'حماة' })).toEqual(['b'])
    expect(ids({ text: 'EMEUTES hama' })).toEqual(['d'])
    expect(ids({ status: 'done', source: 'SANA', text: '🇸🇾' })).toEqual(['a'])
    expect(sourcesOf(corpus)).toEqual(['', 'Al Jazeera', 'SANA'])
  })

  it('sorts by status, source, date and title both ways, keeping undated and unsourced documents last', () => {
    expect(ids({ sort: 'status' })).toEqual(['c', 'b', 'a', 'd'])
    expect(ids({ sort: 'status', direction: 'desc' })).toEqual(['a', 'd', 'b', 'c'])
    expect(ids({ sort: 'date' })).toEqual(['b', 'd', 'a', 'c'])
    expect(ids({ sort: 'date', direction: 'desc' })).toEqual(['a', 'd', 'b', 'c'])
    expect(ids({ sort: 'source' })).toEqual(['b', 'a', 'c', 'd'])
    expect(ids({ sort: 'source', direction: 'desc' })).toEqual(['a', 'c', 'b', 'd'])
    expect(ids({ sort: 'title' })[0]).toBe('a')
    expect(ids({ direction: 'desc' })).toEqual(['d', 'c', 'b', 'a'])
  })

  it('filters 10,000 documents well inside a keystroke (a generous bound: the bench measures it)', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      summary(`doc-${i}`, { title: `Report ${i} on Ḥamā and حماة 🙂`, source: `Outlet ${i % 40}`, status: i % 3 === 0 ? 'done' : 'not-started', date: `2024-12-${String((i % 28) + 1).padStart(2, '0')}` })
    )
    applyView(many, { ...ALL_DOCUMENTS, text: 'x' })
    const started = performance.now()
    for (const text of ['r', 're', 'rep', 'report 99', 'report 999 hama']) applyView(many, { ...ALL_DOCUMENTS, text, status: 'done', sort: 'date' })
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(applyView(many, { ...ALL_DOCUMENTS, text: 'report 9999' }).map((d) => d.id)).toEqual(['doc-9999'])
  })
})
