import { describe, expect, it } from 'vitest'
import { inEnglish } from '../shared/i18n/said'
import type { Annotation } from '../shared/model/annotation'
import type { CrossRelation } from '../shared/model/cross-relation'
import { DOCUMENT_SCHEMA_VERSION, type DocumentRecord } from '../shared/model/document'
import type { RelationTypeDefinition } from '../shared/model/relation-types'
import { crossRelationsFromFile, type CrossRelationMapping, type StoredFromFile } from './cross-document-relations'
import type { FileCrossRelation } from './imported-document'

const NOW = '2026-12-07T05:00:00.000Z'
const CONTRADICTS: RelationTypeDefinition = { id: 'contradicts', label: 'contradicts', from: ['claim'], to: ['claim'], directed: false, crossDocument: true }
const CITES: RelationTypeDefinition = { id: 'cites', label: 'cites', from: ['claim'], to: ['actor'], directed: true, crossDocument: true }
const SUPPORTS: RelationTypeDefinition = { id: 'supports', label: 'supports', from: ['claim'], to: ['claim'], directed: true, crossDocument: false }

function span(id: string, tag: string, quote: string): Annotation {
  return { id, tag, start: 0, end: quote.length, quote, prefix: '', suffix: '', attributes: {}, note: '', author: 'a', createdAt: NOW, updatedAt: NOW, entityId: null }
}

function document(id: string, annotations: Annotation[]): DocumentRecord {
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id,
    title: `Title of ${id}`,
    source: '',
    author: '',
    url: '',
    language: '',
    status: 'in-progress',
    date: null,
    importedFrom: `${id}.txt`,
    importedAt: NOW,
    text: annotations.map((a) => a.quote).join(' '),
    annotations,
    relations: []
  }
}

/** Two lines of `corpus.jsonl` stored under new ids (the project held `tehran` and `nation` already), their spans renamed. */
const tehranStored: StoredFromFile = {
  origin: 'corpus.jsonl:2',
  fileId: 'tehran',
  record: document('tehran-2', [span('t-halted-2', 'claim', 'the army has halted'), span('t-army-2', 'actor', 'the Syrian army')]),
  annotationIds: new Map([
    ['t-halted', 't-halted-2'],
    ['t-army', 't-army-2']
  ])
}
const nationStored: StoredFromFile = {
  origin: 'corpus.jsonl:3',
  fileId: 'nation',
  record: document('nation-2', [span('n-withdrew-2', 'claim', 'forces withdrew')]),
  annotationIds: new Map([['n-withdrew', 'n-withdrew-2']])
}
/** Documents the project held before the import, under the ids the file names. */
const projectDocuments = new Map([
  ['tehran', document('tehran', [span('t-halted', 'claim', 'the army has halted')])],
  ['shafaq', document('shafaq', [span('s-fled', 'claim', 'thousands fled'), span('s-hama', 'place', 'Hama')])]
])

function mapping(overrides: Partial<CrossRelationMapping> = {}): CrossRelationMapping {
  return {
    stored: [tehranStored, nationStored],
    projectDocument: (id) => Promise.resolve(projectDocuments.get(id) ?? null),
    types: [CONTRADICTS, CITES, SUPPORTS],
    existing: { relations: [] },
    author: 'importer',
    now: NOW,
    ...overrides
  }
}

function relation(fields: Partial<FileCrossRelation>): FileCrossRelation {
  return { origin: 'corpus.jsonl:2', fromDocument: 'tehran', from: 't-halted', toDocument: 'nation', to: 'n-withdrew', type: 'contradicts', ...fields }
}

describe('relations across documents from an imported file', () => {
  it('maps both ends to the documents and spans as stored when the import renamed them, keeping the relation’s id, author and time', async () => {
    const { relations, warnings } = await crossRelationsFromFile(
      [relation({ id: 'r-1', author: 'rana', createdAt: '2024-12-07T01:51:00.000Z' })],
      mapping()
    )
    expect(warnings).toEqual([])
    expect(relations).toEqual([
      { id: 'r-1', type: 'contradicts', from: 't-halted-2', to: 'n-withdrew-2', fromDocumentId: 'tehran-2', toDocumentId: 'nation-2', author: 'rana', createdAt: '2024-12-07T01:51:00.000Z' }
    ])
  })

  it('prefers the document of this file over a project document with the same id, and reaches a project document the file does not hold', async () => {
    // `tehran` names the line of this file (stored as tehran-2), though the project holds a document `tehran` too.
    const { relations, warnings } = await crossRelationsFromFile(
      [relation({ origin: 'corpus.jsonl:3', fromDocument: 'nation', from: 'n-withdrew', toDocument: 'tehran', to: 't-halted' }), relation({ toDocument: 'shafaq', to: 's-fled' })],
      mapping()
    )
    expect(warnings).toEqual([])
    expect(relations.map((r) => [r.fromDocumentId, r.from, r.toDocumentId, r.to])).toEqual([
      ['nation-2', 'n-withdrew-2', 'tehran-2', 't-halted-2'],
      ['tehran-2', 't-halted-2', 'shafaq', 's-fled']
    ])
    // Without an id of its own in the file (none given, or invalid), the relation gets a fresh one.
    expect(relations[0]?.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(relations[0]?.author).toBe('importer')
  })

  it('uses the project document under the file’s id when the source line itself was not stored (skipped as a duplicate)', async () => {
    const { relations, warnings } = await crossRelationsFromFile([relation({ toDocument: 'shafaq', to: 's-fled' })], mapping({ stored: [nationStored] }))
    expect(warnings).toEqual([])
    expect(relations.map((r) => [r.fromDocumentId, r.from, r.toDocumentId, r.to])).toEqual([['tehran', 't-halted', 'shafaq', 's-fled']])
  })

  it('leaves out, naming the line, the type and why: an end found nowhere, a span not imported, a span the project’s document lacks', async () => {
    const { relations, warnings } = await crossRelationsFromFile(
      [
        relation({ toDocument: 'tasnim', to: 'x-1' }),
        relation({ from: 't-dropped' }),
        relation({ toDocument: 'shafaq', to: 's-gone' }),
        relation({ origin: 'corpus.jsonl:9', fromDocument: 'almayadeen', from: 'm-1' })
      ],
      mapping()
    )
    expect(relations).toEqual([])
    expect(warnings.map(inEnglish)).toEqual([
      'corpus.jsonl:2: left out a contradicts relation to a span of the document tasnim: its target’s document tasnim is neither imported from this file nor in the project.',
      'corpus.jsonl:2: left out a contradicts relation to a span of the document nation: its source span t-dropped was not imported.',
      'corpus.jsonl:2: left out a contradicts relation to a span of the document shafaq: the project’s document shafaq (“Title of shafaq”) holds no annotation s-gone.',
      'corpus.jsonl:9: left out a contradicts relation to a span of the document nation: its source’s document almayadeen is neither imported from this file nor in the project.'
    ])
  })

  it('checks the type as when relating by hand: the project’s, allowing two documents, its end tags; a built-in type joins one document', async () => {
    const { relations, warnings } = await crossRelationsFromFile(
      [
        relation({ type: 'refutes' }),
        relation({ type: 'supports' }),
        relation({ type: 'attributed-to' }),
        relation({ type: 'cites', from: 't-army' }),
        relation({ type: 'cites', toDocument: 'shafaq', to: 's-hama' })
      ],
      mapping()
    )
    expect(relations).toEqual([])
    expect(warnings.map((w) => inEnglish(w).replace(/^.*nation: |^.*shafaq: /, ''))).toEqual([
      'this project defines no such relation type (define it in Project settings, then import again).',
      'A supports relation joins annotations of one document; this type does not allow ends in two documents.',
      'a attributed-to relation joins annotations of one document.',
      'A cites relation must start from a claim; “the Syrian army” is tagged actor.',
      'A cites relation must point to a actor; “Hama” is tagged place.'
    ])
  })

  it('keeps no duplicate: of a relation the project holds (either way round for a symmetric type), or of one earlier in the file; a taken id is replaced', async () => {
    const held: CrossRelation = { id: 'r-held', type: 'contradicts', from: 'n-withdrew-2', to: 't-halted-2', fromDocumentId: 'nation-2', toDocumentId: 'tehran-2', author: 'a', createdAt: NOW }
    const first = await crossRelationsFromFile([relation({ id: 'r-held' })], mapping({ existing: { relations: [held] } }))
    expect(first.relations).toEqual([])
    expect(first.warnings.map(inEnglish)).toEqual(['corpus.jsonl:2: left out a contradicts relation to a span of the document nation: “the army has halted” contradicts “forces withdrew” is there already.'])

    const twice = await crossRelationsFromFile([relation({ id: 'r-1' }), relation({ id: 'r-2' }), relation({ id: 'r-held', toDocument: 'shafaq', to: 's-fled' })], mapping({ existing: { relations: [{ ...held, type: 'other' }] } }))
    expect(twice.relations.map((r) => r.id)).toEqual(['r-1', expect.not.stringMatching(/^r-held$/)])
    expect(twice.relations[1]?.toDocumentId).toBe('shafaq')
    expect(twice.warnings.map(inEnglish)).toEqual(['corpus.jsonl:2: left out a contradicts relation to a span of the document nation: “the army has halted” contradicts “forces withdrew” is there already.'])
  })

  it('a project document that cannot be read fails only the relations that need it', async () => {
    const { relations, warnings } = await crossRelationsFromFile(
      [relation({ toDocument: 'shafaq', to: 's-fled' }), relation({})],
      mapping({ projectDocument: (id) => (id === 'shafaq' ? Promise.reject(new Error('Document shafaq is damaged: not JSON.')) : Promise.resolve(null)) })
    )
    expect(relations.map((r) => r.toDocumentId)).toEqual(['nation-2'])
    expect(warnings.map(inEnglish)).toEqual(['corpus.jsonl:2: left out a contradicts relation to a span of the document shafaq: Document shafaq is damaged: not JSON.'])
  })
})
