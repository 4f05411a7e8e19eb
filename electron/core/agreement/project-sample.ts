import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import type { AgreementLeftOut } from '../shared/model/agreement'
import { CURATED_AUTHOR } from '../shared/model/adjudication'
import type { DocumentRecord } from '../shared/model/document'
import type { ProjectStore } from '../store/project-store'
import { annotatorLayers } from './annotator-layers'
import { hidesOthers, type Reader } from '../layers/blind-reads'
import type { AgreementDocument, AgreementSpan } from './types'

/** What to compare; each part left out means "all" (see `readSample`). */
export interface AgreementQuery {
  annotators?: readonly string[]
  tags?: readonly string[]
  documentIds?: readonly string[]
}

/** The documents agreement is computed on, each holding only the chosen annotators' spans of the chosen tags. */
export interface ProjectSample {
  annotators: string[]
  documents: AgreementDocument[]
  leftOut: AgreementLeftOut[]
  /** Tag ids the chosen tags may name: the project's tag set and every tag an annotation uses. */
  knownTags: Set<string>
  /** With `keepRecords`: each sampled document's whole record, in the order of `documents` (the review reads them). */
  records: DocumentRecord[]
}

/** Reads in flight at once: reading one document at a time, agreement would mostly wait for the disk. */
const READS_AT_ONCE = 8

/**
 * Reads the documents (`documentIds`, else the whole project) a few at a time, keeping of each only the text
 * and the chosen annotators' spans, and only the documents at least two chosen annotators annotated (the
 * others are listed in `leftOut`, as are documents that cannot be read). Annotators default to every author
 * of the documents read, sorted, but the curated layer: it is a gold version, not a coder, and is compared only when named. Throws an ApiError naming the problem for an unknown document, annotator or
 * tag, and when fewer than two annotators are left to compare. While blind mode hides others' work from `reader`,
 * only the documents done for them are read: the rest are left out (`not-done-for-you`), and their authors unnamed.
 */
export async function readSample(store: ProjectStore, query: AgreementQuery, reader: Reader, { keepRecords = false } = {}): Promise<ProjectSample> {
  const ids = query.documentIds ? [...new Set(query.documentIds)] : [...store.info.documentIds]
  const inProject = new Set(store.info.documentIds)
  const unknownDocument = ids.find((id) => !inProject.has(id))
  if (unknownDocument !== undefined) throw new ApiError('not-found', said('problems.store.documentNotFound', { id: unknownDocument }))
  const chosen = query.annotators ? new Set(query.annotators) : null
  const tags = query.tags ? new Set(query.tags) : null
  const authors = new Set<string>()
  const knownTags = new Set(store.info.tags.map((tag) => tag.id))
  const documents: AgreementDocument[] = []
  const records: DocumentRecord[] = []
  const leftOut: AgreementLeftOut[] = []
  for (let from = 0; from < ids.length; from += READS_AT_ONCE) {
    const batch = ids.slice(from, from + READS_AT_ONCE)
    const reads = await Promise.allSettled(batch.map((id) => store.readDocumentOnce(id)))
    reads.forEach((read, index) => {
      const documentId = batch[index] as string
      if (read.status === 'rejected') {
        leftOut.push({ documentId, why: 'unreadable', annotators: [] })
        return
      }
      if (hidesOthers(reader, read.value)) {
        leftOut.push({ documentId, why: 'not-done-for-you', annotators: [] })
        return
      }
      const document = sampleDocument(read.value, chosen, tags, authors, knownTags)
      const present = Object.keys(document.layers)
      if (present.length >= 2) {
        documents.push(document)
        if (keepRecords) records.push(read.value)
      } else leftOut.push({ documentId, why: 'fewer-than-two-annotators', annotators: present })
    })
  }
  if (documents.length === 0 && leftOut.some((left) => left.why === 'not-done-for-you')) throw new ApiError('invalid-input', said('problems.agreement.noneDoneForYou'))
  const annotators = query.annotators ? [...new Set(query.annotators)] : [...authors].sort()
  if (authors.size === 0) throw new ApiError('invalid-input', said('problems.agreement.noAnnotations'))
  const unknownAnnotator = annotators.find((annotator) => !authors.has(annotator))
  if (unknownAnnotator !== undefined) {
    throw new ApiError('invalid-input', said('problems.agreement.unknownAnnotator', { name: unknownAnnotator, known: [...authors].sort().join(', ') }))
  }
  if (annotators.length < 2) {
    const only = annotators[0] as string
    throw new ApiError('invalid-input', said(query.annotators ? 'problems.agreement.oneAnnotatorChosen' : 'problems.agreement.oneAnnotatorPresent', { name: only }))
  }
  const unknownTag = [...(tags ?? [])].find((tag) => !knownTags.has(tag))
  if (unknownTag !== undefined) throw new ApiError('invalid-input', said('problems.agreement.unknownTag', { tag: unknownTag }))
  return { annotators, documents, leftOut, knownTags, records }
}

/** The document as agreement reads it; notes every author and tag seen on the way. */
function sampleDocument(record: DocumentRecord, chosen: ReadonlySet<string> | null, tags: ReadonlySet<string> | null, authors: Set<string>, knownTags: Set<string>): AgreementDocument {
  const layers: Record<string, readonly AgreementSpan[]> = {}
  for (const [annotator, spans] of annotatorLayers(record.annotations)) {
    if (!chosen && annotator === CURATED_AUTHOR) continue
    authors.add(annotator)
    for (const span of spans) knownTags.add(span.tag)
    // The layer stays even when none of its spans has a chosen tag: the annotator did annotate the document.
    if (!chosen || chosen.has(annotator)) layers[annotator] = tags ? spans.filter((span) => tags.has(span.tag)) : spans
  }
  return { id: record.id, text: record.text, layers }
}
