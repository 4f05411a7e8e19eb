import { describe, expect, it } from 'vitest'
import { readW3cCollection } from './w3c-read'
import { inEnglish } from '../shared/i18n/said'

const collection = (items: unknown[]): string =>
  JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: { id: 'urn:x#page1', type: 'AnnotationPage', items },
    'tessera:documents': [{ id: 'urn:tessera:document:d1', text: 'Hama held.' }]
  })
const tagging = { type: 'Annotation', motivation: 'tagging', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'place' }] }

describe('a Tessera W3C collection with annotations of web pages', () => {
  it('keeps the spans of its texts and reports each annotation of a web page as left out, naming it', () => {
    const warnings: string[] = []
    const read = readW3cCollection('mixed.jsonld', collection([
      { ...tagging, id: 'urn:tessera:annotation:a1', target: { source: 'urn:tessera:document:d1', selector: [{ type: 'TextPositionSelector', start: 0, end: 4 }] } },
      { ...tagging, id: 'http://example.org/anno1', target: 'http://example.com/page1' },
      { ...tagging, id: 'http://example.org/anno2', target: { source: 'http://example.org/page1', selector: { type: 'TextQuoteSelector', exact: 'Hama' } } }
    ]), { warn: (m) => warnings.push(inEnglish(m)) })
    expect(read.documents[0]?.annotations.map((a) => [a.tag, a.start, a.end])).toEqual([['place', 0, 4]])
    expect(warnings).toEqual([
      'mixed.jsonld: http://example.org/anno1 targets http://example.com/page1, not a span of a text the file carries; left out.',
      'mixed.jsonld: http://example.org/anno2 targets http://example.org/page1, a web page or other web resource, not a text the file carries; left out.'
    ])
  })

  it('refuses an export without its texts as pointing to Tessera texts, not web pages, links included', () => {
    const bare = JSON.parse(collection([
      { ...tagging, id: 'urn:tessera:annotation:a1', target: { source: 'urn:tessera:document:d1', selector: [{ type: 'TextPositionSelector', start: 0, end: 4 }] } },
      { id: 'urn:tessera:annotation:r1', type: 'Annotation', motivation: 'linking', target: ['urn:tessera:annotation:a1', 'urn:tessera:annotation:a2'] }
    ])) as Record<string, unknown>
    delete bare['tessera:documents']
    expect(() => readW3cCollection('bare.jsonld', JSON.stringify(bare))).toThrow(
      /^bare\.jsonld is a W3C AnnotationCollection of 2 annotation\(s\) without the texts they annotate: they point to a text \(urn:tessera:document:d1\) the file does not carry\./
    )
  })
})
