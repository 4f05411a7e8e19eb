import type { z } from 'zod'
import { said, type Said, type SaidValue } from '../shared/i18n/said'

/** One schema issue in words, ` at <path>: <what>`: where in the file, and what is wrong there (a limit names the limit and the count). */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): Said {
  const subject = nameOf(issue.path, data)
  let detail: Said
  if (issue.code === 'too_big' && issue.origin === 'array') {
    const found = valueAt(issue.path, data)
    const items = String(issue.path.at(-1) ?? 'items')
    const max = Number(issue.maximum)
    detail = Array.isArray(found)
      ? said('problems.store.issueTooMany', { subject, count: found.length, items, max })
      : said('problems.store.issueTooManyUncounted', { subject, items, max })
  } else detail = said('problems.store.issueDetail', { subject, message: issue.message })
  return issue.path.length > 0 ? said('problems.store.issueAt', { path: issue.path.map(String).join('.'), detail }) : said('problems.store.issueHere', { detail })
}

/** The first problem `schema` finds in `data` (` at <path>: <what>`), or null when `data` fits. */
export function schemaProblem(schema: z.ZodType, data: unknown): Said | null {
  const result = schema.safeParse(data)
  if (result.success) return null
  const [issue] = result.error.issues
  return issue ? describeIssue(issue, data) : said('problems.store.doesNotFit')
}

/** `the tag "Person" ` when the path goes through a tag (or anything with a label), else nothing. */
function nameOf(path: readonly PropertyKey[], data: unknown): SaidValue {
  for (let length = path.length; length > 0; length -= 1) {
    const value = valueAt(path.slice(0, length), data)
    const label = (value as { label?: unknown } | null)?.label
    const kind = path[length - 2]
    if (typeof label === 'string' && typeof path[length - 1] === 'number') {
      return said(kind === 'tags' ? 'problems.store.issueInTag' : 'problems.store.issueInItem', { label: label.slice(0, 80) })
    }
  }
  return ''
}

function valueAt(path: readonly PropertyKey[], data: unknown): unknown {
  let value = data
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}
