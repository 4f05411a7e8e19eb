import type { Input, Method } from '../shared/contract'

/** Ids a fuzz run or contract test has at hand: a document of the sample project and one of its annotations. */
export interface ExampleIds {
  documentId: string
  annotationId: string
  /** An entity the annotation (an actor or place mention) is linked to. */
  entityId: string
}

/**
 * One valid input per method of the contract. Keyed by every `Method`: a method added to the contract
 * without an example here fails the type check, so the fuzz test always covers the whole API.
 */
export const EXAMPLE_INPUTS: { [M in Method]: (ids: ExampleIds) => Input<M> } = {
  'workspace.state': () => ({}),
  'workspace.openProject': () => ({ dir: 'no-such-project-🙂' }),
  'workspace.createProject': () => ({ name: 'Élections 2024 🗳️', description: 'Campaign coverage, حماة' }),
  'workspace.closeProject': () => ({}),
  'workspace.forgetRecent': () => ({ dir: 'no-such-project-🙂' }),
  'workspace.openSample': () => ({}),
  'workspace.listProjects': () => ({}),
  'workspace.recoverProject': () => ({ dir: 'no-such-project-🙂', backup: null }),
  'settings.setAuthor': () => ({ name: 'Zoë Ḥaddād 🙂' }),
  'project.get': () => ({}),
  'project.update': () => ({ description: 'Line one\r\nline two, 🇸🇾' }),
  'project.stats': () => ({}),
  'documents.list': () => ({}),
  'documents.get': ({ documentId }) => ({ documentId }),
  'documents.open': ({ documentId }) => ({ documentId, limit: 2 }),
  'documents.annotations': ({ documentId, annotationId }) => ({ documentId, after: { start: 0, end: 4, id: annotationId }, limit: 3 }),
  'annotations.create': ({ documentId }) => ({ documentId, tag: 'claim', start: 0, end: 4 }),
  'annotations.setTag': ({ documentId, annotationId }) => ({ documentId, annotationId, tag: 'actor' }),
  'annotations.delete': ({ documentId, annotationId }) => ({ documentId, annotationId }),
  'entities.list': () => ({ query: 'hts', type: 'actor', limit: 10 }),
  'entities.get': ({ entityId }) => ({ entityId }),
  'entities.create': ({ documentId, annotationId }) => ({ documentId, annotationId, name: 'Hayat Tahrir al-Sham', aliases: ['HTS', 'هيئة تحرير الشام'] }),
  'entities.update': ({ entityId }) => ({ entityId, changes: { name: 'Hama 🙂', aliases: ['حماة'], note: 'a city', coordinates: { lat: 35.13, lon: 36.75 } } }),
  'entities.merge': ({ entityId }) => ({ sourceId: entityId, targetId: entityId }),
  'entities.delete': ({ entityId }) => ({ entityId }),
  'entities.link': ({ documentId, annotationId, entityId }) => ({ documentId, annotationId, entityId }),
  'entities.linkAll': ({ documentId, annotationId, entityId }) => ({ documentId, annotationId, entityId }),
  'entities.linkAllPreview': ({ documentId, annotationId, entityId }) => ({ documentId, annotationId, entityId, limit: 50 }),
  'entities.matchesIn': ({ documentId }) => ({ documentIds: [documentId, 'no-such-document'], limit: 50 }),
  'entities.linkMatches': ({ documentId, entityId }) => ({ matches: [{ documentId, start: 0, end: 4, entityId }] }),
  'entities.suggestions': ({ entityId, documentId }) => ({ entityId, documentId, limit: 10 }),
  'entities.rejectSuggestion': ({ documentId, annotationId, entityId }) => ({ documentId, annotationId, entityId }),
  'relations.list': ({ documentId, annotationId }) => ({ documentId, annotationId }),
  'relations.add': ({ documentId, annotationId }) => ({ documentId, type: 'attributed-to', from: annotationId, to: annotationId }),
  'relations.remove': ({ documentId }) => ({ documentId, relationId: 'fuzz-relation' }),
  'relations.ofAnnotation': ({ documentId, annotationId }) => ({ documentId, annotationId }),
  'relations.candidates': ({ documentId, annotationId }) => ({ documentId, annotationId, type: 'contradicts' }),
  'relationTypes.set': () => ({ relationTypes: [] }),
  'views.entities': () => ({ type: 'actor' }),
  'views.mentions': ({ entityId }) => ({ entityId, offset: 0, limit: 20 }),
  'views.claims': ({ entityId }) => ({ outlets: ['NationPress'], entityId, stances: ['reported', null], attributes: { stance: 'reported' }, text: 'hama', sort: { by: 'text', direction: 'desc' }, offset: 0, limit: 50 }),
  'views.claimsCsv': () => ({ sort: { by: 'date', direction: 'asc' } }),
  'views.figures': () => ({ counted: 'fighters killed', pointsPerOutlet: 100, period: 'week' }),
  'views.countedValues': () => ({}),
  'annotations.resize': ({ documentId, annotationId }) => ({ documentId, annotationId, start: 0, end: 6 }),
  'annotations.setNote': ({ documentId, annotationId }) => ({ documentId, annotationId, note: 'Checked against SOHR, "Tuesday"; 🙂' }),
  'annotations.setAttribute': ({ documentId, annotationId }) => ({ documentId, annotationId, attribute: 'stance', value: 'reported' }),
  'annotations.tagAll': ({ documentId }) => ({ documentId, query: 'Hama', tag: 'place', wholeWord: true }),
  // An id the project does not hold: the fuzz run must keep the sample's documents for the other methods.
  'documents.remove': () => ({ documentIds: ['no-such-document'] }),
  'documents.setStatus': ({ documentId }) => ({ documentId, status: 'done' }),
  'documents.setDoneForMe': ({ documentId }) => ({ documentId, done: true }),
  'documents.updateMetadata': ({ documentId }) => ({ documentId, changes: { author: 'Staff', url: 'https://example.org/a', language: 'en' } }),
  'project.setDocumentFields': () => ({
    fields: [{ id: 'stance', label: 'Stance toward the offensive', type: 'choice', values: ['supportive', 'critical', 'neutral'] }]
  }),
  'documents.setField': ({ documentId }) => ({ documentId, fieldId: 'stance', value: 'critical' }),
  'search.find': () => ({ query: 'army', wholeWord: true }),
  'searches.list': () => ({}),
  'searches.save': () => ({ name: 'حماة، all spellings', search: { query: 'حما[ةه]', kind: 'regex', filter: { statuses: ['done'], from: '2024-12-01' } } }),
  'searches.delete': () => ({ id: 'no-such-search' }),
  'tags.add': () => ({ tag: { id: 'casualty', label: 'Casualty', color: '#1d4ed8', key: null, attributes: [{ id: 'count', label: 'Count', type: 'number' }] } }),
  'tags.update': () => ({ tagId: 'figure', changes: { label: 'Number' } }),
  'tags.move': () => ({ tagId: 'figure', index: 0 }),
  'tags.delete': () => ({ tagId: 'figure', annotations: { moveTo: 'claim' } }),
  'history.state': () => ({}),
  'history.undo': () => ({}),
  'history.redo': () => ({}),
  'backups.list': () => ({}),
  'backups.create': () => ({}),
  'backups.restore': () => ({ name: '2024-12-01T00-00-00-000Z-open' }),
  'backups.restoreDocument': ({ documentId }) => ({ documentId }),
  'quarantine.list': () => ({}),
  'saves.pending': () => ({}),
  'saves.retry': () => ({}),
  'agreement.compute': ({ documentId }) => ({ annotators: ['Zoë Ḥaddād 🙂', 'حماة'], tags: ['claim'], documentIds: [documentId] }),
  'agreement.report': ({ documentId }) => ({ annotators: ['Zoë Ḥaddād 🙂', 'حماة'], tags: ['claim'], documentIds: [documentId], format: 'markdown' }),
  'adjudication.review': ({ documentId }) => ({ annotators: ['Zoë Ḥaddād 🙂', 'حماة'], documentIds: [documentId] }),
  'adjudication.decide': ({ documentId }) => ({ annotators: ['Zoë Ḥaddād 🙂', 'حماة'], documentId, start: 0, end: 4, choice: { kind: 'spans', spans: [{ start: 0, end: 4, tag: 'actor' }] } }),
  'adjudication.takeAgreed': ({ documentId }) => ({ annotators: ['Zoë Ḥaddād 🙂', 'حماة'], documentId }),
  'import.files': () => ({
    files: [{ name: 'fuzz.jsonl', base64: Buffer.from('{"text": "🙂 Fuzzed Hama", "label": [[2, 8, "ACTOR"]]}\n').toString('base64') }],
    // Duplicates are skipped: a fuzz run must not grow the project until every export reads thousands of documents.
    options: { allowDuplicates: false }
  }),
  'import.stop': () => ({ runId: 'fuzz-run' }),
  'export.choices': () => ({})
}
