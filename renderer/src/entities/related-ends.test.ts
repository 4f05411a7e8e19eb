import { describe, expect, it } from 'vitest'
import { createTranslator } from '@core/shared/i18n/translator'
import type { Relation } from '@core/shared/model/relation'
import { relatedEnds, relationLabel, relationWithQuote } from './related-ends'

const en = createTranslator('en')
const ar = createTranslator('ar')
/** FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: user text inside an Arabic sentence. */
const iso = (text: string) => `\u2068${text}\u2069`

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
    expect(relationLabel(en, 'attributed-to', 'outgoing')).toBe('Attributed to')
    expect(relationLabel(en, 'attributed-to', 'incoming')).toBe('Source of claim')
    expect(relationLabel(en, 'stated-in', 'outgoing')).toBe('Stated in')
    expect(relationLabel(en, 'stated-in', 'incoming')).toBe('States figure')
    expect(relationLabel(ar, 'attributed-to', 'outgoing')).toBe('منسوب إلى')
    expect(relationLabel(ar, 'stated-in', 'incoming')).toBe('يذكر رقماً')
  })

  it('names a project type by its name; the target of a directed one reads "(incoming)", a symmetric one the same both ways', () => {
    const types = [
      { id: 'supports', label: 'supports', from: ['claim'], to: ['claim'], directed: true, crossDocument: false },
      { id: 'contradicts', label: 'contradicts', from: ['claim'], to: ['claim'], directed: false, crossDocument: true }
    ]
    expect(relationLabel(en, 'supports', 'outgoing', types)).toBe('Supports')
    expect(relationLabel(en, 'supports', 'incoming', types)).toBe('Supports (incoming)')
    expect(relationLabel(en, 'contradicts', 'incoming', types)).toBe('Contradicts')
    // The project's own names stay as the user wrote them, isolated inside the Arabic words.
    expect(relationLabel(ar, 'supports', 'incoming', types)).toBe(`${iso('Supports')} (وارد)`)
    expect(relationLabel(ar, 'contradicts', 'incoming', types)).toBe(iso('Contradicts'))
  })

  it('puts the quote at the other end in the language’s quotation marks', () => {
    expect(relationWithQuote(en, 'Attributed to', 'the army')).toBe('Attributed to “the army”')
    expect(relationWithQuote(ar, 'منسوب إلى', 'الجيش')).toBe(`منسوب إلى «${iso('الجيش')}»`)
  })
})
