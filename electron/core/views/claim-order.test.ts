import { describe, expect, it } from 'vitest'
import type { Entity } from '../shared/model/entity'
import { seededRandom } from '../testing/helpers'
import { ClaimOrder, CLAIM_SORT_KEYS, type OrderedClaim } from './claim-order'
import type { ClaimExtract, DocumentExtract } from './extract'

const WORDS = ['Hama', 'hama', 'HTS', 'army', 'الجيش', 'حماة', '🙂', 'Idlib', 'ÉTAT', 'état']

function generator(seed: number) {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  let counter = 0
  const claim = (): ClaimExtract => {
    const text = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(WORDS)).join(' ')
    const start = Math.floor(random() * 50)
    counter += 1
    return {
      annotationId: `c${counter}`,
      start,
      end: start + text.length,
      text,
      textKey: text.toLocaleLowerCase('und'),
      stance: pick(['asserted', 'denied', null]),
      attributes: {},
      actor: random() < 0.5 ? { annotationId: `a${counter}`, quote: pick(WORDS), entityId: pick(['e1', 'e2', null]) } : null
    }
  }
  const extract = (documentId: string): DocumentExtract => ({
    documentId,
    title: documentId,
    outlet: pick(['Outlet A', 'outlet b', 'Outlet C']),
    date: pick(['2024-12-01', '2024-12-02', null]),
    mentions: [],
    claims: Array.from({ length: Math.floor(random() * 4) }, claim),
    figures: [],
    entityCounts: []
  })
  return { random, pick, extract }
}

const ids = (order: readonly OrderedClaim[]) => order.map((o) => `${o.extract.documentId}/${o.claim.annotationId}`)

describe('claims kept sorted across changes', () => {
  it('after any sequence of changed, added and removed documents, each order equals a fresh sort', () => {
    for (let seed = 1; seed <= 30; seed += 1) {
      const { random, pick, extract } = generator(seed)
      let extracts = Array.from({ length: 20 }, (_, i) => extract(`d${i}`))
      let entities: Entity[] = [
        { id: 'e1', name: 'Zeta', type: 'actor', aliases: [], note: '', coordinates: null, createdAt: '2024-12-01T00:00:00.000Z', updatedAt: '2024-12-01T00:00:00.000Z' },
        { id: 'e2', name: 'alpha', type: 'actor', aliases: [], note: '', coordinates: null, createdAt: '2024-12-01T00:00:00.000Z', updatedAt: '2024-12-01T00:00:00.000Z' }
      ]
      const kept = new ClaimOrder()
      for (const by of CLAIM_SORT_KEYS) kept.sorted(extracts, entities, by)
      for (let step = 0; step < 15; step += 1) {
        const change = random()
        if (change < 0.5) {
          const index = Math.floor(random() * extracts.length)
          extracts = extracts.map((e, i) => (i === index ? extract(e.documentId) : e))
        } else if (change < 0.7) {
          extracts = [...extracts, extract(`n${seed}-${step}`)]
        } else if (change < 0.9) {
          extracts = extracts.filter((e) => e !== pick(extracts))
        } else {
          entities = entities.map((e) => (e.id === 'e1' ? { ...e, name: pick(WORDS) } : e))
        }
        for (const by of CLAIM_SORT_KEYS) {
          expect(ids(kept.sorted(extracts, entities, by)), `seed ${seed}, step ${step}, by ${by}`).toEqual(ids(new ClaimOrder().sorted(extracts, entities, by)))
        }
      }
    }
  })

  it('sorts by the folded key, case-insensitively, then date, outlet and reading order', () => {
    const { extract } = generator(99)
    const extracts = Array.from({ length: 30 }, (_, i) => extract(`d${i}`))
    const order = new ClaimOrder().sorted(extracts, [], 'text')
    for (let i = 1; i < order.length; i += 1) {
      const [a, b] = [order[i - 1], order[i]] as [OrderedClaim, OrderedClaim]
      expect(a.claim.textKey <= b.claim.textKey).toBe(true)
    }
  })
})
