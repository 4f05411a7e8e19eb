import { tokenize, type Token } from '../exports/formats/conll'
import type { AgreementDocument, AgreementSpan } from './types'
import { NONE } from './types'

const tokensByDocument = new WeakMap<AgreementDocument, Token[]>()
const WINDOW = 1_000
/** How far past a window's end to look for white space before cutting it anyway (a run of 4,096 non-spaces). */
const MAX_SEEK = 4_096

/** The document's tokens, as the CoNLL export finds them (Intl.Segmenter words, white space dropped). */
export function documentTokens(document: AgreementDocument): Token[] {
  let tokens = tokensByDocument.get(document)
  if (!tokens) tokensByDocument.set(document, (tokens = tokenizeInWindows(document.text)))
  return tokens
}

/**
 * `tokenize` a window at a time. Node 20's Intl.Segmenter takes time quadratic in the length of the string it
 * walks (an 80,000-character text: 3 s whole, 80 ms in windows). Windows end where white space follows a
 * non-space, where the word-break rules always break, so the tokens are those of the whole text.
 */
export function tokenizeInWindows(text: string, window = WINDOW): Token[] {
  const tokens: Token[] = []
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + window)
    const limit = Math.min(text.length, to + MAX_SEEK)
    while (to < limit && !(isSpace(text.charAt(to)) && !isSpace(text.charAt(to - 1)))) to += 1
    for (const token of tokenize(text, from, to)) tokens.push(token)
    from = to
  }
  return tokens
}

function isSpace(char: string): boolean {
  return /\s/u.test(char)
}

export interface TokenLabels {
  /**
   * One label per token: the tag of the span covering it, or NONE. A token covered by several spans takes
   * the tag of the shortest (the innermost of nested spans, the most specific reading); spans of equal
   * length fall back to the tag first in alphabetical order, so the label does not depend on the order spans
   * were stored in. A span covers a token when they share a character, as in the CoNLL export.
   */
  labels: string[]
  /** Per tag, 1 for each token a span of that tag covers: per-tag figures read this, so overlaps lose nothing. */
  coveredByTag: Map<string, Uint8Array>
}

export function labelTokens(tokens: readonly Token[], spans: readonly AgreementSpan[]): TokenLabels {
  const labels: string[] = tokens.map(() => NONE)
  const lengths = new Float64Array(tokens.length).fill(Infinity)
  const coveredByTag = new Map<string, Uint8Array>()
  for (const span of spans) {
    const length = span.end - span.start
    let covered = coveredByTag.get(span.tag)
    if (!covered) coveredByTag.set(span.tag, (covered = new Uint8Array(tokens.length)))
    for (let i = firstTokenEndingAfter(tokens, span.start); i < tokens.length; i += 1) {
      if ((tokens[i] as Token).start >= span.end) break
      covered[i] = 1
      const current = lengths[i] as number
      if (length < current || (length === current && span.tag < (labels[i] as string))) {
        lengths[i] = length
        labels[i] = span.tag
      }
    }
  }
  return { labels, coveredByTag }
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

/** Token `index`'s label for one tag alone: the tag, or NONE. */
export function binaryLabel(layer: TokenLabels, tag: string, index: number): string {
  return layer.coveredByTag.get(tag)?.[index] === 1 ? tag : NONE
}

/** Token `index`'s label, overall (`tag` undefined) or for one tag alone. */
export function labelOf(layer: TokenLabels, index: number, tag?: string): string {
  return tag === undefined ? (layer.labels[index] as string) : binaryLabel(layer, tag, index)
}
