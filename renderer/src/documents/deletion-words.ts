import type { DocumentSummary } from '@core/shared/model/document'

/** "1 document", "2 documents", "1,200 annotations". */
export function counted(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`
}

/** The confirmation's second sentence: how many annotations go with the documents. */
export function annotationsGoing(documents: readonly DocumentSummary[]): string {
  const annotations = documents.reduce((sum, d) => sum + d.annotationCount, 0)
  const one = documents.length === 1
  if (annotations === 0) return one ? 'It has no annotations.' : 'They have no annotations.'
  return `${one ? 'Its' : 'Their'} ${counted(annotations, 'annotation')} ${annotations === 1 ? 'goes' : 'go'} too.`
}

/** What the live region and the notice say once they are gone. */
export function deletedMessage(documentCount: number, annotationCount: number): string {
  return `Deleted ${counted(documentCount, 'document')} and ${counted(annotationCount, 'annotation')}. Undo brings them back.`
}
