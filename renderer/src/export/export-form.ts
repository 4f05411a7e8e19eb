import type { ExportFormat, ExportOptionsInput, OffsetUnit } from '@core/shared/contract'
import type { MessageKey } from '@core/shared/i18n/catalogue'
import type { Translator } from '@core/shared/i18n/translator'
import type { DocumentStatus } from '@core/shared/model/document'

export interface FormatInfo {
  format: ExportFormat
  /** The format's own name, the same in every language; or a message when the name has words to translate. */
  label: string | { message: MessageKey }
  description: MessageKey
  /** True when the user may choose UTF-16 offsets instead of code points. */
  offsetChoice: boolean
  /** True when overlapping spans must be resolved (the user picks the tag that wins). */
  resolvesOverlaps: boolean
}

export const FORMATS: readonly FormatInfo[] = [
  { format: 'jsonl', label: 'Tessera JSONL', description: 'exporting.format.jsonl.description', offsetChoice: true, resolvesOverlaps: false },
  { format: 'csv', label: { message: 'exporting.format.csv' }, description: 'exporting.format.csv.description', offsetChoice: true, resolvesOverlaps: false },
  { format: 'w3c', label: 'W3C Web Annotation', description: 'exporting.format.w3c.description', offsetChoice: false, resolvesOverlaps: false },
  { format: 'brat', label: 'brat standoff (ZIP)', description: 'exporting.format.brat.description', offsetChoice: false, resolvesOverlaps: false },
  { format: 'conll', label: 'CoNLL IOB2', description: 'exporting.format.conll.description', offsetChoice: false, resolvesOverlaps: true },
  { format: 'spacy', label: 'spaCy JSONL', description: 'exporting.format.spacy.description', offsetChoice: true, resolvesOverlaps: true }
]

/** A format's name as the dialog and the notice show it. */
export function formatLabel(format: ExportFormat, translator: Translator): string {
  const label = FORMATS.find((f) => f.format === format)?.label ?? format
  return typeof label === 'string' ? label : translator.t(label.message)
}

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

/** Why the form cannot be sent as it is (a message for `t()`), or null. */
export function formProblem(state: ExportFormState, available: ExportChoicesAvailable): MessageKey | null {
  if (available.tags.length > 0 && state.tags.size === 0) return 'exporting.problem.tag'
  if (available.statuses.length > 0 && state.statuses.size === 0) return 'exporting.problem.status'
  if (available.outlets.length > 0 && state.outlets.size === 0) return 'exporting.problem.outlet'
  if (available.authors.length > 0 && state.authors.size === 0) return 'exporting.problem.annotator'
  return null
}
