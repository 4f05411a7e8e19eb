/**
 * Bounds on what one API call may carry. They keep a hostile or mistaken payload from costing
 * unbounded time or memory (validation stops at the first oversized array) and are named in the
 * errors, so a user who hits one knows what to do: import in smaller batches, split the file.
 */
export const LIMITS = {
  /** UTF-16 units of one imported file's text (about 20 MB of English; a long book is 1–2 MB). */
  documentChars: 20 * 1024 * 1024,
  /** UTF-16 units of a file name as sent by a shell. */
  fileNameChars: 1024,
  /** UTF-16 units of a document or annotation id. */
  idChars: 200,
  /** Problems listed in a validation error; the rest are counted. */
  reportedProblems: 5,
  /** UTF-16 units of one reported problem, and of any error message. */
  problemChars: 300,
  messageChars: 2000,
  /** Annotations in one page of `documents.open` / `documents.annotations`. */
  annotationPage: 10_000
} as const

/**
 * At most `max` UTF-16 units of `text`, never ending on the first half of a surrogate pair (an emoji):
 * the one emoji-safe cut, for titles, quotes and messages alike.
 */
export function cutAtCodePoint(text: string, max: number): string {
  if (text.length <= max) return text
  const last = text.charCodeAt(max - 1)
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max)
}

/** `text` cut to at most `max` UTF-16 units, never through an emoji, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  return `${cutAtCodePoint(text, Math.max(0, max - 1))}…`
}
