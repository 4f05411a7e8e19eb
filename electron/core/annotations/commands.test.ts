import { describe, expect, it } from 'vitest'
import { DOCUMENT_SCHEMA_VERSION, type DocumentRecord } from '../shared/model/document'
import { DEFAULT_TAGS } from '../shared/model/project'
import { applyAnnotationCommand } from './commands'

const environment = { tags: DEFAULT_TAGS, author: 'tester', now: '2026-11-21T12:00:00.000Z' }

function documentWith(text: string): DocumentRecord {
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id: 'doc',
    title: 'Doc',
    source: '',
    author: '',
    url: '',
    language: '',
    status: 'not-started',
    relations: [],
    date: null,
    importedFrom: 'doc.txt',
    importedAt: environment.now,
    text,
    annotations: []
  }
}

describe('annotation commands', () => {
  it('refuses to retag a span into a copy of another annotation on the same span', () => {
    const document = documentWith('Hama city held.')
    applyAnnotationCommand(document, { type: 'create', tag: 'place', start: 0, end: 9 }, environment)
    const { annotation: actor } = applyAnnotationCommand(document, { type: 'create', tag: 'actor', start: 0, end: 9 }, environment)
    expect(() => applyAnnotationCommand(document, { type: 'setTag', annotationId: actor.id, tag: 'place' }, environment)).toThrow(
      expect.objectContaining({ code: 'invalid-input', message: '"Hama city" is already tagged place.' })
    )
    expect(document.annotations.map((a) => a.tag)).toEqual(['place', 'actor'])
  })

  it('retags in place, stamping the change time and reporting a change only when the tag changes', () => {
    const document = documentWith('Hama city held.')
    const { annotation: created } = applyAnnotationCommand(document, { type: 'create', tag: 'actor', start: 0, end: 4 }, environment)
    const later = { ...environment, now: '2026-11-21T13:00:00.000Z' }
    expect(applyAnnotationCommand(document, { type: 'setTag', annotationId: created.id, tag: 'actor' }, later).changed).toBe(false)
    expect(document.annotations[0]?.updatedAt).toBe(environment.now)
    expect(applyAnnotationCommand(document, { type: 'setTag', annotationId: created.id, tag: 'place' }, later).changed).toBe(true)
    expect(document.annotations[0]).toMatchObject({ id: created.id, tag: 'place', updatedAt: later.now, createdAt: environment.now })
  })

  it('a new figure starts with the value, qualifier and range its text states; a tag without a qualifier gets the value only', () => {
    const text = 'more than 400 killed, between 200 and 300 wounded, نحو ألفي نازح'
    const document = documentWith(text)
    const create = (phrase: string, tags = DEFAULT_TAGS) =>
      applyAnnotationCommand(document, { type: 'create', tag: 'figure', start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length }, { ...environment, tags }).annotation.attributes
    expect(create('more than 400')).toEqual({ value: 400, qualifier: 'at least' })
    expect(create('between 200 and 300')).toEqual({ value: 200, qualifier: 'range', value_max: 300 })
    expect(create('نحو ألفي')).toEqual({ value: 2000, qualifier: 'about' })
    const olderFigureTag = DEFAULT_TAGS.map((tag) => (tag.id === 'figure' ? { ...tag, attributes: tag.attributes.filter((a) => a.id === 'value' || a.id === 'counted') } : tag))
    expect(create('400', olderFigureTag)).toEqual({ value: 400 })
  })
})
