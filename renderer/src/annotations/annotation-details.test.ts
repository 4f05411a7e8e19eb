import { describe, expect, it } from 'vitest'
import type { Annotation } from '@core/shared/model/annotation'
import type { TagDefinition } from '@core/shared/model/project'
import { createTranslator } from '@core/shared/i18n/translator'
import { detailsLine } from './annotation-details'

const PLACE: TagDefinition = {
  id: 'place',
  label: 'Place',
  key: '3',
  color: '#000000',
  attributes: [
    { id: 'kind', label: 'Kind', type: 'choice', values: ['city', 'village'] },
    { id: 'verified', label: 'Verified', type: 'flag' },
    { id: 'seen', label: 'Seen', type: 'flag' }
  ]
}

function annotation(changes: Partial<Annotation>): Annotation {
  return {
    id: 'a1',
    tag: 'place',
    start: 0,
    end: 4,
    quote: 'Hama',
    prefix: '',
    suffix: '',
    note: '',
    attributes: {},
    author: 'ali',
    createdAt: '2026-11-21T14:05:00Z',
    updatedAt: '2026-11-21T14:05:00Z',
    entityId: null,
    ...changes
  }
}

describe('an annotation’s details line', () => {
  const tagged = annotation({ attributes: { kind: 'city', verified: true, seen: false }, note: '  Seen\n from  the road ' })

  it('says who made it and when, its values, and its note on one line, in English as before', () => {
    const en = createTranslator('en')
    const when = en.dateTime(tagged.updatedAt)
    expect(when).toMatch(/^21 Nov 2026, \d\d:\d\d$/)
    expect(detailsLine(tagged, PLACE, en)).toBe(`ali, ${when} · city · Verified · not Seen · Seen from the road`)
    expect(detailsLine(annotation({ author: '' }), PLACE, en)).toBe(`unknown, ${when}`)
  })

  it('in Arabic, isolates the user’s words in the sentence and writes the date with Arabic-Indic digits', () => {
    const ar = createTranslator('ar')
    const when = ar.dateTime(tagged.updatedAt)
    expect(when).toMatch(/^٢١ نوفمبر ٢٠٢٦، /)
    expect(detailsLine(tagged, PLACE, ar)).toBe(`\u2068ali\u2069، في ${when} · city · Verified · ليس \u2068Seen\u2069 · Seen from the road`)
    expect(detailsLine(annotation({ author: '' }), PLACE, ar)).toBe(`\u2068غير معروف\u2069، في ${when}`)
  })
})
