import { describe, expect, it } from 'vitest'
import type { Relation } from '@core/shared/model/relation'
import { relatedEnds, relationLabel } from './related-ends'

const relation = (id: string, type: Relation['type'], from: string, to: string): Relation => ({
  id,
  type,
  from,
  to,
  author: 'a',
  createdAt: '2026-11-22T07:00:00.000Z'
})

describe('relatedEnds', () => {
  const relations = [relation('r1', 'attributed-to', 'claim', 'actor'), relation('r2', 'stated-in', 'figure', 'claim'), relation('r3', 'attributed-to', 'other', 'actor2')]

  it('sees every relation touching an annotation from that annotation', () => {
    expect(relatedEnds(relations, 'claim').map((e) => [e.relation.id, e.otherId, e.direction])).toEqual([
      ['r1', 'actor', 'outgoing'],
      ['r2', 'figure', 'incoming']
    ])
    expect(relatedEnds(relations, 'actor').map((e) => e.otherId)).toEqual(['claim'])
  })

  it('finds nothing without a selection or for an unrelated annotation', () => {
    expect(relatedEnds(relations, null)).toEqual([])
    expect(relatedEnds(relations, 'nobody')).toEqual([])
  })

  it('names each direction the way the detail panel reads it', () => {
    expect(relationLabel('attributed-to', 'outgoing')).toBe('Attributed to')
    expect(relationLabel('attributed-to', 'incoming')).toBe('Source of claim')
    expect(relationLabel('stated-in', 'outgoing')).toBe('Stated in')
  })

  it('names a project type by its name; the target of a directed one reads "(incoming)", a symmetric one the same both ways', () => {
    const types = [
      { id: 'supports', label: 'supports', from: ['claim'], to: ['claim'], directed: true, crossDocument: false },
      { id: 'contradicts', label: 'contradicts', from: ['claim'], to: ['claim'], directed: false, crossDocument: true }
    ]
    expect(relationLabel('supports', 'outgoing', types)).toBe('Supports')
    expect(relationLabel('supports', 'incoming', types)).toBe('Supports (incoming)')
    expect(relationLabel('contradicts', 'incoming', types)).toBe('Contradicts')
  })
})
