import { describe, expect, it } from 'vitest'
import { countedValues } from './counted-values'
import type { DocumentExtract, FigureExtract } from './extract'
import { searchKey } from '../entities/occurrences'

function figure(annotationId: string, counted: string): FigureExtract {
  return { annotationId, start: 0, end: 1, quote: '1', value: 1, qualifier: 'exact', upper: null, source: null, counted, countedKey: searchKey(counted), claim: null }
}

function extract(documentId: string, figures: FigureExtract[]): DocumentExtract {
  return { documentId, title: documentId, outlet: '', date: null, mentions: [], claims: [], figures, entityCounts: [] }
}

describe('the What is counted values a project uses', () => {
  const extracts = [
    extract('a', [figure('1', 'militants killed'), figure('2', 'Militants Killed'), figure('3', '')]),
    extract('b', [figure('4', 'militants killed'), figure('5', 'civilians held captive')])
  ]

  it('one per grouping key, in the spelling most figures use, most used first; empty values left out', () => {
    expect(countedValues(extracts)).toEqual([
      { counted: 'militants killed', count: 3 },
      { counted: 'civilians held captive', count: 1 }
    ])
  })

  it('leaves out the figure being edited', () => {
    expect(countedValues(extracts, { documentId: 'b', annotationId: '5' })).toEqual([{ counted: 'militants killed', count: 3 }])
    expect(countedValues(extracts, { documentId: 'a', annotationId: '5' })).toHaveLength(2)
  })
})
