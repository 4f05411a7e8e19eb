import { loadEntityDirectory, type EntityDirectory } from '../entities/export-access'
import type { DocumentRecord } from '../shared/model/document'
import type { TagDefinition } from '../shared/model/project'
import type { ProjectStore } from '../store/project-store'
import type { ExportContext, ExportReport } from '../shared/exports/format-exporter'
import type { ExportOptions } from '../shared/exports/options'
import { crossRelationExport } from './cross-relations'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import { documentFor, type Reader } from '../layers/blind-reads'

export interface ExportProgress {
  /** Documents read so far, over every pass the format makes. */
  done: number
  total: number
}

/**
 * The documents an export covers, read from the store one at a time (never all held at once), with the
 * user's selection applied: documents by id, status and outlet; annotations by tag and annotator, and
 * only the relations whose two ends are both still there. Each document is read as `reader` may read it: while
 * blind, a document not done for them exports their own work and no one's, never a colleague's layer.
 */
export function createExportContext(
  store: ProjectStore,
  options: ExportOptions,
  reader: Reader,
  passes: number,
  onProgress: (progress: ExportProgress) => void = () => undefined
): ExportContext {
  const wantedIds = options.documents.ids ? new Set(options.documents.ids) : null
  const candidates = store.info.documentIds.filter((id) => !wantedIds || wantedIds.has(id))
  const tags: TagDefinition[] = store.info.tags.filter((tag) => !options.tags || options.tags.includes(tag.id))
  const report: ExportReport = { documentCount: 0, annotationCount: 0, spansLeftOut: 0, notes: [] }
  const total = candidates.length * passes
  let done = 0

  async function* documents(): AsyncIterable<DocumentRecord> {
    let documentCount = 0
    let annotationCount = 0
    const annotators = new Set<string>()
    for await (const document of readAhead(candidates, async (id) => documentFor(reader, await store.readDocumentOnce(id)))) {
      done += 1
      onProgress({ done: Math.min(done, total), total })
      if (!isSelected(document, options)) continue
      for (const annotation of document.annotations) annotators.add(annotation.author)
      const selected = selectAnnotations(document, options)
      documentCount += 1
      annotationCount += selected.annotations.length
      yield selected
    }
    // Known only once every document is read: a file export is then left unwritten (write-export.ts is atomic).
    assertAnnotatorsFound(options.authors, annotators)
    report.documentCount = Math.max(report.documentCount, documentCount)
    report.annotationCount = Math.max(report.annotationCount, annotationCount)
  }

  let entities: Promise<EntityDirectory> | null = null
  const entityDirectory = (): Promise<EntityDirectory> => (entities ??= loadEntityDirectory(store))

  const crossRelationsFrom = crossRelationExport(
    async () => (await store.crossRelations.read()).relations,
    async (documentId) => {
      if (!candidateSet.has(documentId)) return null
      const document = documentFor(reader, await store.readDocumentOnce(documentId))
      return isSelected(document, options) ? new Set(selectAnnotations(document, options).annotations.map((a) => a.id)) : null
    }
  )
  const candidateSet = new Set(candidates)

  return { projectName: store.info.name, tags, options, documents, entities: entityDirectory, report, relationTypes: store.info.relationTypes, crossRelationsFrom, documentFields: store.info.documentFields ?? [] }
}

/**
 * Documents in order, with the next ones already being read: one at a time, most of an export of many
 * small documents is spent waiting for the disk. How many are read ahead follows the largest document
 * seen so far, from 2 books up to 16 short articles, and grows by one per document, so a run of short
 * articles before the books cannot start many book reads at once.
 */
const READ_AHEAD_FIRST = 4
const READ_AHEAD_MOST = 16
const READ_AHEAD_LEAST = 2
/** Characters of text (an annotation counted as 200) that reading ahead aims to hold at most. */
const READ_AHEAD_SIZE = 2_000_000

export async function* readAhead(ids: readonly string[], read: (id: string) => Promise<DocumentRecord>): AsyncIterable<DocumentRecord> {
  // Settled results, so a read that fails while it waits in the queue is not an unhandled rejection.
  type Settled = { ok: true; document: DocumentRecord } | { ok: false; error: unknown }
  const settle = (id: string): Promise<Settled> => read(id).then((document) => ({ ok: true, document }), (error: unknown) => ({ ok: false, error }))
  const queue: Promise<Settled>[] = []
  let next = 0
  let allowed = READ_AHEAD_FIRST
  let largest = 0
  const fill = (): void => {
    while (next < ids.length && queue.length < allowed) queue.push(settle(ids[next++] as string))
  }
  fill()
  while (queue.length > 0) {
    const result = await (queue.shift() as Promise<Settled>)
    if (!result.ok) throw result.error
    largest = Math.max(largest, sizeOf(result.document))
    const fits = Math.floor(READ_AHEAD_SIZE / Math.max(1, largest))
    allowed = Math.max(READ_AHEAD_LEAST, Math.min(READ_AHEAD_MOST, allowed + 1, fits))
    fill()
    yield result.document
  }
}

function sizeOf(document: DocumentRecord): number {
  return document.text.length + document.annotations.length * 200
}

/** An export of annotators' layers (`--annotator`) names each: one with no annotation in the documents exported is a mistake, said with those there. */
function assertAnnotatorsFound(wanted: readonly string[] | undefined, there: ReadonlySet<string>): void {
  const missing = (wanted ?? []).filter((author) => !there.has(author))
  if (missing.length === 0) return
  const known = [...there].filter((author) => author !== '').sort((a, b) => a.localeCompare(b))
  throw new ApiError('invalid-input', said('exportNotes.error.noSuchAnnotators', { authors: missing.map((a) => `"${a}"`).join(', '), known: known.map((a) => `"${a}"`).join(', ') }))
}

function isSelected(document: DocumentRecord, { documents }: ExportOptions): boolean {
  if (documents.statuses?.length && !documents.statuses.includes(document.status)) return false
  if (documents.outlets?.length && !documents.outlets.includes(document.source)) return false
  return true
}

function selectAnnotations(document: DocumentRecord, { tags, authors }: ExportOptions): DocumentRecord {
  if (!tags && !authors) return document
  const annotations = document.annotations.filter(
    (a) => (!tags || tags.includes(a.tag)) && (!authors || authors.includes(a.author))
  )
  const kept = new Set(annotations.map((a) => a.id))
  const relations = document.relations.filter((r) => kept.has(r.from) && kept.has(r.to))
  return { ...document, annotations, relations }
}
