import { mentionsEntity, type DocumentExtract } from './extract'
import type { MentionLine, MentionsView } from '../shared/model/views'
export type { MentionLine, MentionsView }


/** Every mention linked to `entityId`, by date, outlet, document and position; a page of them. */
export function mentionsView(
  extracts: readonly DocumentExtract[],
  entityId: string,
  page: { offset: number; limit: number }
): MentionsView {
  const lines: MentionLine[] = []
  for (const extract of extracts) {
    if (!mentionsEntity(extract, entityId)) continue
    for (const mention of extract.mentions) {
      if (mention.entityId !== entityId) continue
      lines.push({
        documentId: extract.documentId,
        title: extract.title,
        outlet: extract.outlet,
        date: extract.date,
        annotationId: mention.annotationId,
        start: mention.start,
        end: mention.end,
        left: oneLine(mention.prefix),
        quote: mention.quote,
        right: oneLine(mention.suffix)
      })
    }
  }
  lines.sort(
    (a, b) =>
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.outlet.localeCompare(b.outlet) ||
      a.documentId.localeCompare(b.documentId) ||
      a.start - b.start
  )
  return { lines: lines.slice(page.offset, page.offset + page.limit), total: lines.length }
}

/** Context shown on one line: line breaks become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ')
}
