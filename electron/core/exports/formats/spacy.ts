import type { ExportContext, FormatExporter } from '../../shared/exports/format-exporter'
import { convertedSpans, type ConvertedSpan, withoutOverlaps } from '../spans'
import { tagPriority } from './priority'
import { exportedFields, spacyCats } from './document-field-export'
import { said } from '../../shared/i18n/said'

/**
 * The JSONL a spaCy user turns into `Doc` objects: `text`, every span in `spans` (for `doc.spans`, where
 * overlaps are allowed) and the non-overlapping subset in `ents` (for `doc.ents`, which forbids them),
 * offsets in code points as Python counts (or UTF-16 for JavaScript consumers).
 */
export const spacyFormat: FormatExporter = {
  format: 'spacy',
  multiFile: false,
  extension: 'jsonl',
  mimeType: 'application/jsonl',
  passes: 1,
  async *entries(context) {
    yield { name: 'export.jsonl', content: lines(context) }
  }
}

async function* lines(context: ExportContext): AsyncIterable<string> {
  const unit = context.options.offsetUnit
  const priority = tagPriority(context)
  let leftOut = 0
  const fields = context.documentFields ?? []
  for await (const document of context.documents()) {
    const span = ({ annotation, start, end }: ConvertedSpan) => ({ start, end, label: annotation.tag })
    const entities = withoutOverlaps(document.annotations, priority)
    leftOut += entities.leftOut.length
    yield `${JSON.stringify({
      text: document.text,
      spans: convertedSpans(document, unit).map(span),
      ents: convertedSpans(document, unit, entities.kept).map(span),
      ...(fields.length > 0 ? { cats: spacyCats(document, fields) } : {}),
      meta: {
        id: document.id,
        title: document.title,
        outlet: document.source,
        date: document.date,
        offset_unit: unit,
        ...(fields.length > 0 ? { fields: exportedFields(document, fields) } : {})
      }
    })}\n`
  }
  context.report.spansLeftOut = leftOut
  if (leftOut > 0) {
    context.report.notes.push(said('exportNotes.spacy.entsLeftOut', { count: leftOut, tags: priority.join(', ') }))
  }
}
