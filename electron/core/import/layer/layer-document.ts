import { said } from '../../shared/i18n/said'
import type { Annotation } from '../../shared/model/annotation'
import type { DocumentRecord } from '../../shared/model/document'
import { quoteWithContext } from '../../shared/text/spans'
import type { WarningCollector } from '../warnings'
import { anchorSpan, MAX_OCCURRENCES } from './anchor-span'
import type { DocumentMatch } from './match-document'
import type { IncomingLayer } from './plan-layer'

export interface LayerAuthors {
  /** The author of the file's annotations that name none (checked by the caller to be given when needed). */
  annotator: string | undefined
  /** The name the importing user annotates under: their annotations in a file are never imported as a layer. */
  importingUser: string
}

/**
 * The file's annotations of one document as the project's document will hold them: each keeps its author
 * and times; when the project's text is not the file's (a near-duplicate), each span is found again by its
 * quote (anchor-span.ts) or left out and reported. Relations within the document follow their two ends.
 */
export function incomingLayer(record: DocumentRecord, target: DocumentRecord, match: DocumentMatch, authors: LayerAuthors, warnings: WarningCollector): IncomingLayer {
  const origin = record.importedFrom
  const title = target.title
  const annotations: Annotation[] = []
  let own = 0
  let moved = 0
  for (const annotation of record.annotations) {
    const author = annotation.author === '' ? (authors.annotator ?? '') : annotation.author
    if (author === authors.importingUser) {
      own += 1
      continue
    }
    let { start, end } = annotation
    if (!match.sameText) {
      const found = anchorSpan(annotation, record.text.length, target.text)
      const span = said('importReport.span', { tag: annotation.tag, start, end })
      if (found.kind === 'not-found') {
        warnings.push(said('layerImport.span.notFound', { origin, span, quote: annotation.quote, title }))
        continue
      }
      if (found.kind === 'too-many') {
        warnings.push(said('layerImport.span.tooMany', { origin, span, quote: annotation.quote, count: MAX_OCCURRENCES, title }))
        continue
      }
      if (found.kind === 'ambiguous') {
        warnings.push(said('layerImport.span.ambiguous', { origin, span, quote: annotation.quote, count: found.count, title }))
        continue
      }
      if (found.start !== start) moved += 1
      ;({ start, end } = found)
    }
    annotations.push({ ...annotation, author, start, end, ...quoteWithContext(target.text, start, end) })
  }
  if (own > 0) warnings.push(said('layerImport.ownAnnotations', { origin, count: own, author: authors.importingUser }))
  if (moved > 0) warnings.push(said('layerImport.spansMoved', { origin, title, count: moved }))
  const kept = new Set(annotations.map((a) => a.id))
  const relations = record.relations
    .filter((r) => kept.has(r.from) && kept.has(r.to))
    .map((r) => (r.author === '' && authors.annotator !== undefined ? { ...r, author: authors.annotator } : r))
  return { annotations, relations }
}
