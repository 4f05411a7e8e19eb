import type { Translator } from '@core/shared/i18n/translator'
import type { PendingKind } from './highlight-index'

/** How long a quote may grow in a highlight's accessible name before it is cut with an ellipsis. */
const LABEL_QUOTE_LIMIT = 80
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** A highlight's accessible name: its tag and its text, e.g. "Actor: Hama". */
export function highlightLabel(tagLabel: string, quote: string): string {
  const oneLine = quote.replace(/\s+/g, ' ').trim()
  // No more UTF-16 units than the limit means no more graphemes either: nothing to cut, no segmenting
  // (which, for the thousands of highlights a document opens with, was most of the cost of naming them).
  if (oneLine.length <= LABEL_QUOTE_LIMIT) return `${tagLabel}: ${oneLine}`
  const characters = Array.from(graphemes.segment(oneLine), (piece) => piece.segment)
  const shown = characters.length > LABEL_QUOTE_LIMIT ? `${characters.slice(0, LABEL_QUOTE_LIMIT - 1).join('')}…` : oneLine
  return `${tagLabel}: ${shown}`
}

/** What assistive technology hears of a highlight: its name, what it is, and whether it is saved yet. */
export interface HighlightNames {
  label: string
  roleDescription: string
  description?: string
}

export function highlightNames(t: Pick<Translator, 't'>, tagLabel: string, annotation: { quote: string; pending?: PendingKind; layer?: string; author?: string }): HighlightNames {
  const label = highlightLabel(tagLabel, annotation.quote)
  // Another annotator's highlight (a layer shown read-only) says whose it is.
  const names: HighlightNames = {
    label: annotation.layer && annotation.author ? t.t('layers.highlightOf', { label, author: annotation.author }) : label,
    roleDescription: t.t('editor.highlight.role')
  }
  if (annotation.pending) names.description = t.t(annotation.pending === 'delete' ? 'editor.highlight.deleting' : 'editor.highlight.pending')
  return names
}

/**
 * Moves focus to a highlight's first drawn segment (the reader's roving tab stop, tabindex 0 once it is
 * selected). Returns false when it is not drawn yet or not focusable yet.
 */
export function focusHighlight(container: Element, annotationId: string): boolean {
  const mark = container.querySelector<HTMLElement>(`mark[data-annotation-id="${CSS.escape(annotationId)}"][tabindex]`)
  if (!mark) return false
  mark.focus({ preventScroll: true })
  return mark === document.activeElement
}
