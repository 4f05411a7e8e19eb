import type { ExportFormat, ExportOptionsInput, OffsetUnit } from '@core/shared/contract'
import type { DocumentStatus } from '@core/shared/model/document'

export interface FormatInfo {
  format: ExportFormat
  label: string
  description: string
  /** True when the user may choose UTF-16 offsets instead of code points. */
  offsetChoice: boolean
  /** True when overlapping spans must be resolved (the user picks the tag that wins). */
  resolvesOverlaps: boolean
}

export const FORMATS: readonly FormatInfo[] = [
  { format: 'jsonl', label: 'Tessera JSONL', description: 'Everything, one document per line: for Python and re-import.', offsetChoice: true, resolvesOverlaps: false },
  { format: 'csv', label: 'CSV tables (ZIP)', description: 'annotations, documents and relations tables, for spreadsheets and pandas.', offsetChoice: true, resolvesOverlaps: false },
  { format: 'w3c', label: 'W3C Web Annotation', description: 'JSON-LD AnnotationCollection, the web standard.', offsetChoice: false, resolvesOverlaps: false },
  { format: 'brat', label: 'brat standoff (ZIP)', description: '.txt and .ann per document, with annotation.conf.', offsetChoice: false, resolvesOverlaps: false },
  { format: 'conll', label: 'CoNLL IOB2', description: 'One token per line, for NER training; no overlaps.', offsetChoice: false, resolvesOverlaps: true },
  { format: 'spacy', label: 'spaCy JSONL', description: 'text, spans and ents for spaCy Doc objects.', offsetChoice: true, resolvesOverlaps: true }
]

export interface ExportFormState {
  format: ExportFormat
  onlyOpenDocument: boolean
  statuses: Set<DocumentStatus>
  outlets: Set<string>
  tags: Set<string>
  authors: Set<string>
  offsetUnit: OffsetUnit
  neutraliseFormulas: boolean
  /** The tag that wins where spans overlap (CoNLL, spaCy ents), or '' for the project's order. */
  preferredTag: string
}

/** Every choice offered, all ticked: the whole project. */
export interface ExportChoicesAvailable {
  statuses: readonly DocumentStatus[]
  outlets: readonly string[]
  tags: readonly string[]
  authors: readonly string[]
}

/** A list filter only when the user left something out; all ticked means "everything", now and as the project grows. */
function narrowed<T>(chosen: Set<T>, available: readonly T[]): T[] | undefined {
  return available.every((item) => chosen.has(item)) ? undefined : available.filter((item) => chosen.has(item))
}

export function exportOptionsFrom(state: ExportFormState, available: ExportChoicesAvailable, openDocumentId: string | null): ExportOptionsInput {
  const info = FORMATS.find((f) => f.format === state.format)
  return {
    format: state.format,
    offsetUnit: info?.offsetChoice ? state.offsetUnit : 'codepoint',
    documents: {
      ids: state.onlyOpenDocument && openDocumentId ? [openDocumentId] : undefined,
      statuses: narrowed(state.statuses, available.statuses),
      outlets: narrowed(state.outlets, available.outlets)
    },
    tags: narrowed(state.tags, available.tags),
    authors: narrowed(state.authors, available.authors),
    neutraliseFormulas: state.neutraliseFormulas,
    tagPriority: info?.resolvesOverlaps && state.preferredTag ? [state.preferredTag] : undefined
  }
}

/** Why the form cannot be sent as it is, or null. */
export function formProblem(state: ExportFormState, available: ExportChoicesAvailable): string | null {
  if (available.tags.length > 0 && state.tags.size === 0) return 'Choose at least one tag.'
  if (available.statuses.length > 0 && state.statuses.size === 0) return 'Choose at least one status.'
  if (available.outlets.length > 0 && state.outlets.size === 0) return 'Choose at least one outlet.'
  if (available.authors.length > 0 && state.authors.size === 0) return 'Choose at least one annotator.'
  return null
}
