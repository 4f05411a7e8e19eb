import { reportRows, type ReportRow } from '../core/shared/agreement/report-rows'
import type { Figure, ProjectAgreement } from '../core/shared/model/agreement'
import type { CliText } from './cli-text'
import { forTerminal } from './terminal-text'

/** Names, labels and methods come from users' data: one line each, no escape sequences. */
function plain(value: string): string {
  return forTerminal(value.replace(/[\t\r\n]+/g, ' '), false)
}

/**
 * What `tessera agreement` prints: the annotators and the sample, then a table per tag (all tags first)
 * with the method named next to each figure, the attributes, and how many disagreements there are.
 * Headings and words are in the CLI's language; measures and methods are the core's names for them.
 */
export function agreementTable(result: ProjectAgreement, text: CliText): string {
  const count = (value: number): string => text.translator.number(value, { useGrouping: false })
  const lines: string[] = [text.t('cli.agreement.annotatorsLine', { names: result.annotators.map(plain).join(', ') })]
  const spans = result.annotators.map((annotator) => `${plain(annotator)} ${count(result.sample.spans[annotator] ?? 0)}`).join(', ')
  lines.push(text.t('cli.agreement.sampleLine', { documents: result.sample.documents, tokens: result.sample.tokens, characters: result.sample.characters, spans }))
  if (result.documentsLeftOut.length > 0) {
    const left = result.documentsLeftOut.map((document) => text.t(`cli.agreement.leftOut.${document.why}`, { id: plain(document.documentId) }))
    lines.push(text.t('cli.agreement.leftOutLine', { documents: left.join(', ') }))
  }
  const rows = reportRows(result)
  const isAttribute = (row: ReportRow): boolean => row.attribute !== undefined
  for (const tag of [null, ...result.tags]) {
    const ofTag = rows.filter((row) => row.tag?.id === tag?.id && !isAttribute(row))
    if (ofTag.length === 0) continue
    lines.push('', tag === null ? text.t('cli.agreement.allTags') : text.t('cli.agreement.tagHeading', { label: plain(tag.label), id: tag.id }))
    lines.push(...table(ofTag, text, false))
  }
  const attributeRows = rows.filter(isAttribute)
  if (attributeRows.length > 0) lines.push('', text.t('cli.agreement.attributes'), ...table(attributeRows, text, true))
  lines.push('', text.t('cli.agreement.disagreements', { count: result.disagreements.length }))
  for (const pair of result.pairs) {
    if (pair.tagSwaps.length === 0) continue
    const swaps = pair.tagSwaps.map((swap) => `${swap.first} → ${swap.second} ${count(swap.count)}`).join(', ')
    lines.push(text.t('cli.agreement.swaps', { pair: pair.annotators.map(plain).join(' – '), swaps }))
  }
  return `${lines.join('\n')}\n`
}

function table(rows: readonly ReportRow[], text: CliText, withTag: boolean): string[] {
  const header = [text.t('cli.agreement.measure'), text.t('cli.agreement.pair'), text.t('cli.agreement.value'), text.t('cli.agreement.n'), text.t('cli.agreement.method')]
  const cells = rows.map((row) => [
    withTag && row.tag ? `${row.tag.id}: ${plain(row.measure)}` : plain(row.measure),
    row.annotators.length === 2 ? row.annotators.map(plain).join(' – ') : text.t('cli.agreement.all'),
    figureValue(row.figure, text),
    `${text.translator.number(row.figure.n, { useGrouping: false })} ${row.figure.unit}`,
    plain(row.figure.method)
  ])
  const widths = header.map((cell, column) => Math.max(cell.length, ...cells.map((row) => (row[column] ?? '').length)))
  // The last column is not padded: methods are long, and trailing blanks would only wrap the line.
  const line = (row: readonly string[]): string => `  ${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ')}`
  return [line(header), ...cells.map(line)]
}

function figureValue(figure: Figure, text: CliText): string {
  if (figure.value === null) return text.t(`cli.agreement.notDefined.${figure.notDefined ?? 'no-data'}`)
  return text.translator.number(figure.value, { minimumFractionDigits: 3, maximumFractionDigits: 3, useGrouping: false })
}
