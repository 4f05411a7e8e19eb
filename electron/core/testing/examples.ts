import type { Input, Method } from '../contract'

/** Ids a fuzz run or contract test has at hand: a document of the sample project and one of its annotations. */
export interface ExampleIds {
  documentId: string
  annotationId: string
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
  'settings.setAuthor': () => ({ name: 'Zoë Ḥaddād 🙂' }),
  'project.get': () => ({}),
  'project.update': () => ({ description: 'Line one\r\nline two, 🇸🇾' }),
  'project.stats': () => ({}),
  'documents.list': () => ({}),
  'documents.get': ({ documentId }) => ({ documentId }),
  'documents.importText': () => ({ files: [{ fileName: 'fuzz.txt', content: 'Fuzzed headline\n\nA paragraph 🙂 حماة.' }] }),
  'annotations.create': ({ documentId }) => ({ documentId, tag: 'claim', start: 0, end: 4 }),
  'annotations.setTag': ({ documentId, annotationId }) => ({ documentId, annotationId, tag: 'actor' }),
  'annotations.delete': ({ documentId, annotationId }) => ({ documentId, annotationId }),
  'annotations.resize': ({ documentId, annotationId }) => ({ documentId, annotationId, start: 0, end: 6 }),
  'annotations.setNote': ({ documentId, annotationId }) => ({ documentId, annotationId, note: 'Checked against SOHR, "Tuesday"; 🙂' }),
  'annotations.setAttribute': ({ documentId, annotationId }) => ({ documentId, annotationId, attribute: 'stance', value: 'reported' }),
  'annotations.tagAll': ({ documentId }) => ({ documentId, query: 'Hama', tag: 'place', wholeWord: true }),
  'documents.setStatus': ({ documentId }) => ({ documentId, status: 'done' }),
  'documents.updateMetadata': ({ documentId }) => ({ documentId, changes: { author: 'Staff', url: 'https://example.org/a', language: 'en' } }),
  'search.find': () => ({ query: 'army', wholeWord: true }),
  'tags.add': () => ({ tag: { id: 'casualty', label: 'Casualty', color: '#1d4ed8', key: null, attributes: [{ id: 'count', label: 'Count', type: 'number' }] } }),
  'tags.update': () => ({ tagId: 'figure', changes: { label: 'Number' } }),
  'tags.move': () => ({ tagId: 'figure', index: 0 }),
  'tags.delete': () => ({ tagId: 'figure', annotations: { moveTo: 'claim' } }),
  'history.state': () => ({}),
  'history.undo': () => ({}),
  'history.redo': () => ({}),
  'export.project': () => ({ format: 'csv', offsetUnit: 'codepoint' })
}
