import type { DocumentSummary } from '@core/shared/model/document'
import type { Translator } from '@core/shared/i18n/translator'

/** The confirmation's second sentence: how many annotations go with the documents. */
export function annotationsGoing(documents: readonly DocumentSummary[], translator: Translator): string {
  const count = documents.reduce((sum, d) => sum + d.annotationCount, 0)
  return translator.t(documents.length === 1 ? 'documents.delete.goingWithOne' : 'documents.delete.goingWithMany', { count })
}

/** What the live region and the notice say once they are gone. */
export function deletedMessage(documentCount: number, annotationCount: number, translator: Translator): string {
  return translator.t('documents.delete.done', { documents: documentCount, annotations: annotationCount })
}
