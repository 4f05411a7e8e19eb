import { describe, expect, it } from 'vitest'
import { annotationPage } from '../documents/paged-read'
import { inReadingOrder as exportOrder } from '../../exports/spans'
import type { Annotation } from './annotation'
import type { DocumentRecord } from './document'
import { inReadingOrder } from './reading-order'

function annotation(id: string, start: number, end: number): Annotation {
  return { id, tag: 'place', start, end, quote: '', prefix: '', suffix: '', note: '', attributes: {}, entityId: null, author: 't', createdAt: '', updatedAt: '' } as Annotation
}

describe('reading order', () => {
  it('is one rule for the paged reads and the exports: by start, longer first, then id by code units (not the locale)', () => {
    // 'B' sorts before 'a' by code units and after it by locale: the exports used the locale, the pages did not.
    const annotations = [annotation('a', 0, 4), annotation('late', 5, 6), annotation('B', 0, 4), annotation('long', 0, 9)]
    const document = { id: 'd', text: 'Hama 🙂 city', annotations, relations: [] } as unknown as DocumentRecord
    const expected = ['long', 'B', 'a', 'late']
    expect(inReadingOrder(annotations).map((a) => a.id)).toEqual(expected)
    expect(exportOrder(document).map((a) => a.id)).toEqual(expected)
    expect(annotationPage(document, null, 10, 0).annotations.map((a) => a.id)).toEqual(expected)
  })
})
