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
  'project.get': () => ({}),
  'project.stats': () => ({}),
  'documents.list': () => ({}),
  'documents.get': ({ documentId }) => ({ documentId }),
  'documents.importText': () => ({ files: [{ fileName: 'fuzz.txt', content: 'Fuzzed headline\n\nA paragraph 🙂 حماة.' }] }),
  'annotations.create': ({ documentId }) => ({ documentId, tag: 'claim', start: 0, end: 4 }),
  'annotations.setTag': ({ documentId, annotationId }) => ({ documentId, annotationId, tag: 'actor' }),
  'annotations.delete': ({ documentId, annotationId }) => ({ documentId, annotationId }),
  'export.project': () => ({ format: 'csv', offsetUnit: 'codepoint' }),
  'export.choices': () => ({})
}
