import { describe, expect, it } from 'vitest'
import { documentFromText } from '../../documents/from-text'
import type { Annotation } from '../../shared/model/annotation'
import type { Relation } from '../../shared/model/relation'
import { anchorSpan, MAX_OCCURRENCES } from './anchor-span'
import { planLayer } from './plan-layer'

const TIME = '2024-12-04T10:00:00.000Z'

describe('a layer file crafted to make the import crawl', () => {
  it('calls a one-letter quote in a long run of that letter "too many" at once, span after span', () => {
    // The project's copy is 10% longer, so each quote is looked for across ~100,000 characters of "ب".
    const fileText = 'ب'.repeat(1_000_000)
    const projectText = 'ب'.repeat(1_100_000)
    const verdicts = new Set<string>()
    for (let index = 0; index < 2_000; index += 1) {
      const start = index * 500
      verdicts.add(anchorSpan({ start, end: start + 1, quote: 'ب', prefix: 'بببب', suffix: 'بببب' }, fileText.length, projectText).kind)
    }
    expect([...verdicts]).toEqual(['too-many'])
    // Just below the limit the occurrences are still weighed by their context.
    const few = `${'x'.repeat(40)}${'ب '.repeat(MAX_OCCURRENCES)}${'x'.repeat(40)}`
    expect(anchorSpan({ start: 40, end: 41, quote: 'ب', prefix: 'x', suffix: ' ' }, few.length, few)).toEqual({ kind: 'found', start: 40, end: 41 })
  })

  it('plans a layer of 20,000 annotations and 20,000 relations against a document that already holds it', () => {
    const text = 'Hama '.repeat(20_000)
    const document = documentFromText('hama.txt', text, {}, 'd1')
    const annotations: Annotation[] = Array.from({ length: 20_000 }, (_unused, index) => ({
      id: `a${index}`, tag: 'place', start: index * 5, end: index * 5 + 4, quote: 'Hama', prefix: '', suffix: '', attributes: {}, note: '', author: 'cat', createdAt: TIME, updatedAt: TIME, entityId: null
    }))
    const relations: Relation[] = annotations.slice(1).map((annotation, index) => ({ id: `r${index}`, type: 'related', from: `a${index}`, to: annotation.id, author: 'cat', createdAt: TIME }))
    document.annotations = annotations.map((annotation) => ({ ...annotation }))
    document.relations = relations.map((relation) => ({ ...relation }))

    expect(planLayer(document, { annotations, relations })).toMatchObject({ unchanged: true, commands: [] })
    const moved = annotations.map((annotation, index) => (index === 19_999 ? { ...annotation, note: 'checked' } : annotation))
    const plan = planLayer(document, { annotations: moved, relations })
    expect(plan).toMatchObject({ unchanged: false, added: 20_000, replaced: 20_000, renamed: [] })
    expect(plan.commands).toHaveLength(40_000)
  })
})
