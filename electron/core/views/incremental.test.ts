import { describe, expect, it } from 'vitest'
import type { Annotation } from '../shared/model/annotation'
import type { DocumentRecord } from '../shared/model/document'
import { findSuggestions } from '../entities/suggestions'
import type { EntitiesFile, Entity } from '../shared/model/entity'
import { seededRandom } from '../testing/helpers'
import { EntityTally, entitiesView } from './entities-view'
import { extractDocument, type DocumentExtract } from './extract'
import { FigureGroups, figuresView } from './figures-view'
import { UnlinkedMentions } from './unlinked-mentions'

const NOW = '2024-12-01T00:00:00.000Z'
const ENTITIES: Entity[] = ['e1', 'e2', 'e3'].map((id) => ({ id, name: id, type: 'actor', aliases: id === 'e1' ? ['X'] : [], note: '', coordinates: null, createdAt: NOW, updatedAt: NOW }))
/** Every generated quote is "x": unlinked actors are suggested for e1 by its alias "X". */
const SUGGESTING: EntitiesFile = { schemaVersion: 1, entities: ENTITIES, rejectedSuggestions: [] }

function generator(seed: number) {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  let counter = 0
  return (documentId: string): DocumentExtract => {
    const annotations: Annotation[] = []
    const text = 'x'.repeat(400)
    for (let i = 0; i < Math.floor(random() * 8); i += 1) {
      counter += 1
      const start = Math.floor(random() * 390)
      const tag = pick(['actor', 'figure', 'claim'])
      const value = pick([12, 1300, null])
      annotations.push({
        id: `a${counter}`,
        tag,
        start,
        end: start + 1 + Math.floor(random() * 9),
        quote: 'x',
        prefix: '',
        suffix: '',
        attributes: tag === 'figure' ? { ...(value === null ? {} : { value }), counted: pick(['Fighters', 'fighters ', 'villages']) } : {},
        note: '',
        author: 't',
        createdAt: NOW,
        updatedAt: NOW,
        entityId: tag === 'actor' ? pick(['e1', 'e2', 'e3', null]) : null
      })
    }
    const document: DocumentRecord = {
      schemaVersion: 2, id: documentId, title: documentId, source: pick(['A', 'B', 'C']), author: '', date: pick(['2024-12-01', '2024-12-02', null]),
      url: '', language: '', importedFrom: 't', importedAt: NOW, status: 'in-progress', text, annotations, relations: []
    }
    return extractDocument(document)
  }
}

describe('aggregates kept by the index', () => {
  it('entity counts, figure groups and unlinked mentions patched per changed document equal a fresh count, after any changes', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const random = seededRandom(seed * 31)
      const extract = generator(seed)
      let extracts = Array.from({ length: 12 }, (_, i) => extract(`d${i}`))
      const tally = new EntityTally()
      const groups = new FigureGroups()
      entitiesView(extracts, ENTITIES, {}, tally)
      figuresView(extracts, {}, groups)
      const unlinked = new UnlinkedMentions()
      findSuggestions(extracts, SUGGESTING, { limit: 1 }, unlinked)
      for (let step = 0; step < 12; step += 1) {
        const change = random()
        if (change < 0.6) {
          const index = Math.floor(random() * extracts.length)
          extracts = extracts.map((e, i) => (i === index ? extract(e.documentId) : e))
        } else if (change < 0.8) {
          extracts = [...extracts, extract(`n${step}`)]
        } else {
          const index = Math.floor(random() * extracts.length)
          extracts = extracts.filter((_, i) => i !== index)
        }
        const where = `seed ${seed}, step ${step}`
        expect(entitiesView(extracts, ENTITIES, {}, tally), where).toEqual(entitiesView(extracts, ENTITIES))
        expect(figuresView(extracts, {}, groups), where).toEqual(figuresView(extracts))
        expect(findSuggestions(extracts, SUGGESTING, { limit: 1_000 }, unlinked), where).toEqual(findSuggestions(extracts, SUGGESTING, { limit: 1_000 }))
      }
    }
  })

  it('caps the points sent per outlet but counts them all', () => {
    const extract = generator(5)
    const extracts = Array.from({ length: 60 }, (_, i) => extract(`d${i}`))
    const whole = figuresView(extracts)
    const capped = figuresView(extracts, { pointsPerOutlet: 2 })
    expect(capped.series.map((s) => s.pointCount)).toEqual(whole.series.map((s) => s.pointCount))
    for (const series of capped.series) for (const outlet of series.outlets) expect(outlet.points.length).toBe(Math.min(2, outlet.pointCount))
    expect(whole.series.some((s) => s.outlets.some((o) => o.pointCount > 2))).toBe(true)
  })
})
