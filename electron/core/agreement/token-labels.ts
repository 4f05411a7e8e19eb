import { tokenize, type Token } from '../exports/formats/conll'
import type { AgreementDocument, AgreementSpan } from './types'
import { NONE } from './types'

const tokensByDocument = new WeakMap<AgreementDocument, Token[]>()

/** The document's tokens, as the CoNLL export finds them (Intl.Segmenter words, white space dropped). */
export function documentTokens(document: AgreementDocument): Token[] {
  let tokens = tokensByDocument.get(document)
  if (!tokens) tokensByDocument.set(document, (tokens = tokenize(document.text)))
  return tokens
}

export interface TokenLabels {
  /**
   * One label per token: the tag of the span covering it, or NONE. A token covered by several spans takes
   * the tag of the shortest (the innermost of nested spans, the most specific reading); spans of equal
   * length fall back to the tag first in alphabetical order, so the label does not depend on the order spans
   * were stored in. A span covers a token when they share a character, as in the CoNLL export.
   */
  labels: string[]
  /** Per token, every tag covering it: per-tag figures read this, so overlapping spans lose nothing there. */
  tagsCovering: Set<string>[]
}

export function labelTokens(tokens: readonly Token[], spans: readonly AgreementSpan[]): TokenLabels {
  const labels: string[] = tokens.map(() => NONE)
  const lengths: number[] = tokens.map(() => Infinity)
  const tagsCovering: Set<string>[] = tokens.map(() => new Set())
  for (const span of spans) {
    const length = span.end - span.start
    for (let i = firstTokenEndingAfter(tokens, span.start); i < tokens.length; i += 1) {
      const token = tokens[i] as Token
      if (token.start >= span.end) break
      tagsCovering[i]?.add(span.tag)
      const current = lengths[i] as number
      if (length < current || (length === current && span.tag < (labels[i] as string))) {
        lengths[i] = length
        labels[i] = span.tag
      }
    }
  }
  return { labels, tagsCovering }
}

/** Binary search: the index of the first token whose end is past `offset`. */
function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((tokens[middle] as Token).end <= offset) low = middle + 1
    else high = middle
  }
  return low
}

/** A token's label for one tag alone: the tag, or NONE. */
export function binaryLabel(tagsCovering: ReadonlySet<string>, tag: string): string {
  return tagsCovering.has(tag) ? tag : NONE
}
