/**
 * Trimming runs of characters from the ends of a string in one scan from each end. The patterns
 * these replace (`/-+$/`, `/^-+|-+$/g`) retry from every character of a long run that does not reach
 * the end, which takes quadratic time; `accepts` is tested one character at a time.
 */
export function trimRunsStart(text: string, accepts: RegExp): string {
  let start = 0
  while (start < text.length && accepts.test(text.charAt(start))) start += 1
  return text.slice(start)
}

export function trimRunsEnd(text: string, accepts: RegExp): string {
  let end = text.length
  while (end > 0 && accepts.test(text.charAt(end - 1))) end -= 1
  return text.slice(0, end)
}

export function trimRuns(text: string, accepts: RegExp): string {
  return trimRunsEnd(trimRunsStart(text, accepts), accepts)
}
