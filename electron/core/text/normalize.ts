/**
 * The canonical form of an imported text, fixed for the life of the document:
 * Unicode NFC, `\n` line endings, no trailing spaces on lines, paragraphs separated by one blank line.
 *
 * Plain-text news exports often put one paragraph per line with no blank lines between them; such a
 * text (no blank line anywhere) has each line promoted to a paragraph.
 */
export function normalizeText(raw: string): string {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/u, '').replace(/^[ \t]+/, ''))
  const text = lines.join('\n').replace(/^\n+|\n+$/g, '')
  const hasBlankLine = /\n\n/.test(text)
  const paragraphed = hasBlankLine ? text : text.replace(/\n/g, '\n\n')
  return paragraphed.replace(/\n{3,}/g, '\n\n')
}
