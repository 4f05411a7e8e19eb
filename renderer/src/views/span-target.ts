import type { Translator } from '@core/shared/i18n/translator'

/** An annotation to show in the reader: its article, its id, and where it starts (if it is gone). */
export interface SpanTarget {
  documentId: string
  annotationId: string
  start: number
}

export type OpenSpan = (target: SpanTarget) => void

/** An outlet's name as shown: documents without a source are grouped under one label. */
export function outletLabel(outlet: string, { t }: Translator): string {
  return outlet || t('views.unknownOutlet')
}
