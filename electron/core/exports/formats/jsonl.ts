import type { EntityDirectory } from '../../entities/export-access'
import { describedBy } from '../../shared/model/document-summary'
import type { DocumentRecord } from '../../shared/model/document'
import type { ExportContext, FormatExporter } from '../../shared/exports/format-exporter'
import { convertedSpans } from '../spans'
import { jsonlCrossRelation, jsonlRelationTypes } from './jsonl-relations'
import type { DocumentFieldDefinition } from '../../shared/model/document-fields'
import { exportedFields } from './document-field-export'

/**
 * The format version written in the header; a reader refuses versions it does not know. Version 2 names
 * a document's outlet `outlet`, as the app and the CSV do (version 1 wrote `source`; both are read).
 */
export const TESSERA_JSONL_VERSION = 2

/**
 * Tessera's own dataset: a header line (format version, offset unit, tag schema with attributes, the
 * project's entities), then one document per line with its metadata (the outlet as `outlet`), text, status, annotations (a linked
 * one with `entity` {id, name}) and relations. The header is a line of the same file, not a sidecar, so
 * the file stays self-describing when copied alone; every line has `type` (`header` or `document`) so a
 * reader tells them apart.
 */
export const jsonlFormat: FormatExporter = {
  format: 'jsonl',
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
  const entities = await context.entities()
  const fields = context.documentFields ?? []
  yield `${JSON.stringify({
    type: 'header',
    format: 'tessera-jsonl',
    format_version: TESSERA_JSONL_VERSION,
    project: context.projectName,
    offset_unit: unit,
    tags: context.tags.map(({ id, label, color, attributes, description }) => ({ id, label, color, attributes, ...(description ? { description } : {}) })),
    ...(fields.length > 0 ? { document_fields: fields } : {}),
    entities: entities.exported(),
    relation_types: jsonlRelationTypes(context.relationTypes)
  })}\n`
  for await (const document of context.documents()) {
    const line = documentLine(document, unit, entities, fields)
    const across = (await context.crossRelationsFrom?.(document)) ?? []
    yield `${JSON.stringify(across.length > 0 ? { ...line, relations: [...(line.relations as unknown[]), ...across.map(jsonlCrossRelation)] } : line)}\n`
  }
}

export function documentLine(
  document: DocumentRecord,
  unit: 'codepoint' | 'utf16',
  entities: EntityDirectory,
  fields: readonly DocumentFieldDefinition[] = []
): Record<string, unknown> {
  const { id, title, source, ...rest } = describedBy(document)
  return {
    type: 'document',
    id,
    title,
    outlet: source,
    ...rest,
    // Whole-article labels by field id, when the project defines any (the header lists their definitions).
    ...(fields.length > 0 ? { fields: exportedFields(document, fields) } : {}),
    offset_unit: unit,
    text: document.text,
    annotations: convertedSpans(document, unit).map(({ annotation: a, start, end, text }) => {
      const entity = entities.refOf(a)
      return {
        id: a.id,
        tag: a.tag,
        start,
        end,
        text,
        attributes: a.attributes,
        note: a.note,
        author: a.author,
        ...(a.curator ? { curator: a.curator } : {}),
        created_at: a.createdAt,
        updated_at: a.updatedAt,
        ...(entity ? { entity } : {})
      }
    }),
    relations: document.relations.map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to, author: r.author, created_at: r.createdAt }))
  }
}
