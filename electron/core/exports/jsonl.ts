import type { Exporter } from './exporter'
import { spansOf } from './exporter'

/** One JSON object per line per document: metadata, full text and spans, with the offset unit stated. */
export const jsonlExporter: Exporter = {
  extension: 'jsonl',
  mimeType: 'application/jsonl',
  render(documents, { offsetUnit }) {
    return documents
      .map((document) =>
        JSON.stringify({
          id: document.id,
          title: document.title,
          source: document.source,
          date: document.date,
          offset_unit: offsetUnit,
          text: document.text,
          annotations: spansOf(document, offsetUnit).map((span) => ({
            id: span.id,
            start: span.start,
            end: span.end,
            text: span.text,
            tag: span.tag,
            author: span.author,
            note: span.note,
            created_at: span.createdAt,
            updated_at: span.updatedAt
          }))
        })
      )
      .map((line) => `${line}\n`)
      .join('')
  }
}
