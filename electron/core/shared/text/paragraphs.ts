/** A paragraph of a document's text: `[start, end)` in UTF-16 offsets, separators excluded. */
export interface TextBlock {
  start: number
  end: number
}

/**
 * Splits normalised text into paragraphs on blank lines. Single newlines stay inside a paragraph
 * (rendered as line breaks). An empty text is one empty paragraph, so every text has at least one block.
 */
export function splitParagraphs(text: string): TextBlock[] {
  const blocks: TextBlock[] = []
  const separator = /\n{2,}/g
  let start = 0
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    blocks.push({ start, end: match.index })
    start = match.index + match[0].length
  }
  blocks.push({ start, end: text.length })
  return blocks
}
