import type { Annotation } from '../../shared/model/annotation'
import type { DocumentRecord } from '../../shared/model/document'
import type { ExportContext, FormatExporter } from '../../shared/exports/format-exporter'
import { withoutOverlaps } from '../spans'
import { tagPriority } from './priority'
import { said } from '../../shared/i18n/said'

export interface Token {
  text: string
  /** UTF-16 offsets into the document's text. */
  start: number
  end: number
}

/**
 * The words of a text, as ICU's word-boundary rules (Unicode UAX #29, through `Intl.Segmenter`) find
 * them: white space dropped, punctuation, emoji and flags kept as tokens of their own.
 */
const words = new Intl.Segmenter('und', { granularity: 'word' })
const sentenceBreaks = new Intl.Segmenter('und', { granularity: 'sentence' })

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = []
  for (const { segment, index } of words.segment(text.slice(from, to))) {
    if (!/\s/u.test(segment)) {
      tokens.push({ text: segment, start: from + index, end: from + index + segment.length })
      continue
    }
    // White space alone, or rarely mixed with other text (a combining mark after a space): keep the rest.
    for (const match of segment.matchAll(/\S+/gu)) {
      tokens.push({ text: match[0], start: from + index + match.index, end: from + index + match.index + match[0].length })
    }
  }
  return tokens
}

/** Sentence ranges of a text, by ICU's sentence rules, never ending inside one of `spans` (sorted, not overlapping). */
export function sentences(text: string, spans: readonly Annotation[]): [number, number][] {
  const ranges: [number, number][] = []
  let start = 0
  let next = 0
  for (const { segment, index } of sentenceBreaks.segment(text)) {
    const end = index + segment.length
    // `spans` are sorted and do not overlap: skip those that end before this break.
    while (next < spans.length && (spans[next]?.end ?? 0) <= end) next += 1
    if ((spans[next]?.start ?? Infinity) < end) continue
    ranges.push([start, end])
    start = end
  }
  if (start < text.length) ranges.push([start, text.length])
  return ranges
}

/**
 * CoNLL-2003-style IOB2: `-DOCSTART- -X- -X- O` before each document, then one token per line with four
 * columns (token, two unused `_` columns where CoNLL-2003 had POS and chunk tags, and the label), a blank
 * line after each sentence. Overlapping spans cannot be written: the user's tag priority picks the span
 * that stays, and the export reports how many were left out.
 */
export const conllFormat: FormatExporter = {
  format: 'conll',
  multiFile: false,
  extension: 'conll',
  mimeType: 'text/plain',
  passes: 1,
  async *entries(context) {
    yield { name: 'export.conll', content: lines(context) }
  }
}

async function* lines(context: ExportContext): AsyncIterable<string> {
  const priority = tagPriority(context)
  let leftOut = 0
  for await (const document of context.documents()) {
    const result = documentLines(document, priority)
    leftOut += result.leftOut
    yield result.text
  }
  context.report.spansLeftOut = leftOut
  if (leftOut > 0) {
    context.report.notes.push(said('exportNotes.conll.spansLeftOut', { count: leftOut, tags: priority.join(', ') }))
  }
}

export function documentLines(document: DocumentRecord, priority: readonly string[]): { text: string; leftOut: number } {
  const { kept, leftOut } = withoutOverlaps(document.annotations, priority)
  let out = '-DOCSTART- -X- -X- O\n\n'
  const labelled = new Set<string>()
  for (const [from, to] of sentences(document.text, kept)) {
    const tokens = tokenize(document.text, from, to)
    if (tokens.length === 0) continue
    let previous: Annotation | null = null
    let next = 0
    for (const token of tokens) {
      // `kept` is sorted and without overlaps, and tokens come in order: walk both once.
      while (next < kept.length && (kept[next]?.end ?? 0) <= token.start) next += 1
      const candidate = kept[next]
      const span = candidate && candidate.start < token.end ? candidate : null
      const label = span ? `${span === previous ? 'I' : 'B'}-${span.tag}` : 'O'
      if (span) labelled.add(span.id)
      previous = span
      out += `${token.text} _ _ ${label}\n`
    }
    out += '\n'
  }
  const uncovered = kept.filter((s) => !labelled.has(s.id)).length
  return { text: out, leftOut: leftOut.length + uncovered }
}
