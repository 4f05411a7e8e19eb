import type { AgreementLeftOut, Figure, ProjectAgreement } from '../shared/model/agreement'
import { NOT_DEFINED_WORDS, reportRows, type ReportRow } from '../shared/agreement/report-rows'

const LEFT_OUT_WORDS: Record<AgreementLeftOut['why'], string> = {
  'fewer-than-two-annotators': 'fewer than two of the annotators annotated it',
  unreadable: 'it could not be read',
  'not-done-for-you': 'blind mode hides the other annotators’ work on it until it is marked done for the reader'
}

/** Documents named in the sample paragraph before "and N more". */
const LEFT_OUT_NAMED = 10

/**
 * A short report for a methods section: what was compared and how, the sample, a table of figures per tag,
 * and the figures that are not defined with the reason. Values to three decimals; the CSV has them in full.
 */
export function agreementMarkdown(result: ProjectAgreement, projectName: string): string {
  const rows = reportRows(result)
  const lines = [`# Inter-annotator agreement: ${inline(projectName)}`, '', '## Method', '', methodParagraph(result), '', '## Sample', '', sampleParagraph(result), '', '## Figures', '']
  for (const tag of [null, ...result.tags]) {
    const ofTag = rows.filter((row) => row.tag?.id === tag?.id && row.figure.value !== null)
    if (ofTag.length === 0) continue
    lines.push(tag === null ? '### All tags' : `### ${inline(tag.label)} (\`${tag.id}\`)`, '', '| measure | annotators | value | n | method |', '|---|---|---:|---:|---|')
    for (const row of ofTag) lines.push(`| ${inline(row.measure)} | ${annotatorsOf(row)} | ${(row.figure.value as number).toFixed(3)} | ${sampleSize(row.figure)} | ${inline(row.figure.method)} |`)
    lines.push('')
  }
  const undefinedRows = rows.filter((row) => row.figure.value === null)
  if (undefinedRows.length > 0) {
    lines.push('## Not defined', '')
    for (const row of undefinedRows) {
      const reason = row.figure.notDefined ? NOT_DEFINED_WORDS[row.figure.notDefined] : ''
      lines.push(`- ${row.tag === null ? 'All tags' : inline(row.tag.label)}, ${inline(row.measure)} (${annotatorsOf(row)}): ${reason}.`)
    }
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

function methodParagraph(result: ProjectAgreement): string {
  const coefficients = result.annotators.length >= 3 ? "Cohen's κ for each pair and Fleiss' κ among all" : "Cohen's κ"
  return [
    `${result.annotators.length} annotators (${result.annotators.map(inline).join(', ')}) were compared; an annotator's annotations are those they authored.`,
    'Spans were matched between each pair exactly (same start, end and tag) and by overlap (same tag, at least one shared character, paired one to one), giving precision, recall and F1 (micro-averaged over tags).',
    `On tokens (Unicode word segments by Intl.Segmenter, white space dropped; a token takes the tag of the innermost span covering it, and each tag alone is "that tag or not"), ${coefficients} and Krippendorff's α (nominal) were computed, and Krippendorff's unitizing α (αu; 1995, 2004 §11.6) on the characters each tag's spans cover.`,
    'Agreement on choice attributes is taken over the spans both annotators of a pair marked exactly alike.',
    "Documents an annotator did not annotate are missing data: the pairwise measures and αu leave them out, Krippendorff's α keeps the values observed, as the method defines."
  ].join(' ')
}

function sampleParagraph(result: ProjectAgreement): string {
  const { sample } = result
  const spans = result.annotators.map((annotator) => `${inline(annotator)} ${sample.spans[annotator] ?? 0}`).join(', ')
  const text = [`${sample.documents} documents, ${sample.tokens} tokens, ${sample.characters} characters; spans per annotator: ${spans}.`]
  const left = result.documentsLeftOut
  if (left.length > 0) {
    const named = left.slice(0, LEFT_OUT_NAMED).map((document) => `\`${document.documentId}\` (${LEFT_OUT_WORDS[document.why]})`)
    const more = left.length > LEFT_OUT_NAMED ? ` and ${left.length - LEFT_OUT_NAMED} more` : ''
    text.push(`Left out: ${named.join(', ')}${more}.`)
  }
  return text.join(' ')
}

function annotatorsOf(row: ReportRow): string {
  return row.annotators.length === 2 ? row.annotators.map(inline).join(' – ') : 'all'
}

function sampleSize(figure: Figure): string {
  return `${figure.n} ${figure.unit}`
}

/** Text in one table cell or line: no line break, no column bar, no Markdown markup taken as such. */
function inline(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]|<>#])/g, '\\$1')
}
