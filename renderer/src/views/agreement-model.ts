import type { Input } from '@core/shared/contract'
import { reportRows, type ReportRow } from '@core/shared/agreement/report-rows'
import type { AgreementTag, Disagreement, ProjectAgreement } from '@core/shared/model/agreement'
import type { SpanTarget } from './span-target'

/** What the user chose; an empty list means "all" (the core's default), so a new annotator or tag joins by itself. */
export interface AgreementChoice {
  annotators: readonly string[]
  tags: readonly string[]
  documentIds: readonly string[]
}

export const ALL_CHOSEN: AgreementChoice = { annotators: [], tags: [], documentIds: [] }

/** The core's selection for a choice: parts left at "all" are left out, the rest kept in the order offered. */
export function agreementQuery(choice: AgreementChoice): Input<'agreement.compute'> {
  return {
    ...(choice.annotators.length > 0 ? { annotators: [...choice.annotators] } : {}),
    ...(choice.tags.length > 0 ? { tags: [...choice.tags] } : {}),
    ...(choice.documentIds.length > 0 ? { documentIds: [...choice.documentIds] } : {})
  }
}

/**
 * Ticks or unticks one of `offered` in a part of the choice where an empty list means all of them:
 * unticking from "all" keeps the others; ticking the last one back returns to "all".
 */
export function toggleChosen(chosen: readonly string[], offered: readonly string[], item: string): string[] {
  const current = chosen.length === 0 ? offered : chosen
  const next = current.includes(item) ? current.filter((value) => value !== item) : offered.filter((value) => value === item || current.includes(value))
  return next.length === offered.length && offered.every((value) => next.includes(value)) ? [] : next
}

/** Whether `item` counts as chosen (an empty list: all are). */
export function isChosen(chosen: readonly string[], item: string): boolean {
  return chosen.length === 0 || chosen.includes(item)
}

/** The figures as the CSV and Markdown list them, grouped: all tags first, then each tag, then the choice attributes. */
export interface FigureGroup {
  tag: AgreementTag | null
  attributes: boolean
  rows: ReportRow[]
}

export function figureGroups(result: ProjectAgreement): FigureGroup[] {
  const rows = reportRows(result)
  const groups: FigureGroup[] = [null, ...result.tags].map((tag) => ({ tag, attributes: false, rows: rows.filter((row) => row.attribute === undefined && row.tag?.id === tag?.id) }))
  const attributeRows = rows.filter((row) => row.attribute !== undefined)
  if (attributeRows.length > 0) groups.push({ tag: null, attributes: true, rows: attributeRows })
  return groups.filter((group) => group.rows.length > 0)
}

/**
 * Where a disagreement opens in the reader: the first annotator's span there (in the order they are listed),
 * found again by its extent, tag and author; else the stretch's start.
 */
export function disagreementTarget(disagreement: Disagreement, annotators: readonly string[]): SpanTarget {
  for (const author of annotators) {
    const span = disagreement.versions[author]?.[0]
    if (span) return { documentId: disagreement.documentId, annotationId: '', start: span.start, match: { ...span, author } }
  }
  return { documentId: disagreement.documentId, annotationId: '', start: disagreement.start }
}
