import type { AgreementTag, CoveredFigureSet, Figure, FigureSet, NotDefinedReason, PairAgreement, ProjectAgreement } from '../model/agreement'

/** One figure of a report: for a tag (null: all the tags compared), a measure, and the annotators it compares. */
export interface ReportRow {
  tag: AgreementTag | null
  /** A short name for the measure ("F1, exact"); the figure's `method` names it in full. */
  measure: string
  /** The pair, or every annotator for the measures taken among all. */
  annotators: string[]
  figure: Figure
  /** For agreement on a choice attribute: the attribute's id. */
  attribute?: string
}

/** Why a figure is not defined, in words a methods section can quote. */
export const NOT_DEFINED_WORDS: Record<NotDefinedReason, string> = {
  'no-data': 'nothing to compare (no token, span or span pair the annotators share)',
  'too-few-annotators': 'fewer than two annotators',
  'one-category': 'every judgement fell in one category, so chance agreement is total (0/0)'
}

/**
 * The result as rows, in the order a report lists them: all tags first, then each tag; within one, the
 * pairwise measures pair by pair, then those among all annotators; then agreement on choice attributes.
 * The CSV, the Markdown report and the CLI's table all read these, so they list the same figures.
 */
export function reportRows(result: ProjectAgreement): ReportRow[] {
  const rows: ReportRow[] = []
  for (const tag of [null, ...result.tags]) {
    const pick = (set: FigureSet): Figure | undefined => (tag === null ? set.overall : set.perTag[tag.id])
    const add = (measure: string, annotators: string[], figure: Figure | undefined): void => {
      if (figure) rows.push({ tag, measure, annotators, figure })
    }
    for (const pair of result.pairs) for (const [measure, set] of pairSets(pair)) add(measure, pair.annotators, pick(set))
    const amongAll: [string, CoveredFigureSet | null][] = [
      ["Fleiss' κ", result.fleissKappa],
      ["Krippendorff's α", result.krippendorffAlpha],
      ['αu', result.unitizingAlpha]
    ]
    for (const [measure, set] of amongAll) if (set) add(measure, result.annotators, pick(set))
  }
  const labels = new Map(result.tags.map((tag) => [tag.id, tag]))
  for (const pair of result.pairs) {
    for (const attribute of pair.attributes) {
      const tag = labels.get(attribute.tag) ?? { id: attribute.tag, label: attribute.tag }
      const named = (what: string): string => `${attribute.label} (${attribute.attribute}): ${what}`
      const add = (what: string, figure: Figure): void => {
        rows.push({ tag, measure: named(what), annotators: pair.annotators, figure, attribute: attribute.attribute })
      }
      add('observed agreement', attribute.observed)
      add("Cohen's κ", attribute.cohenKappa)
      add("Krippendorff's α", attribute.krippendorffAlpha)
    }
  }
  return rows
}

function pairSets(pair: PairAgreement): [string, FigureSet][] {
  return [
    ['precision, exact', pair.spanExact.precision],
    ['recall, exact', pair.spanExact.recall],
    ['F1, exact', pair.spanExact.f1],
    ['precision, overlap', pair.spanOverlap.precision],
    ['recall, overlap', pair.spanOverlap.recall],
    ['F1, overlap', pair.spanOverlap.f1],
    ["Cohen's κ", pair.cohenKappa]
  ]
}
