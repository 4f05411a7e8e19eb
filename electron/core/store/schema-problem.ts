import type { z } from 'zod'

/** One schema issue in words, ` at <path>: <what>`: where in the file, and what is wrong there (a limit names the limit and the count). */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const where = issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : ''
  const subject = nameOf(issue.path, data)
  if (issue.code === 'too_big' && issue.origin === 'array') {
    const found = valueAt(issue.path, data)
    const count = Array.isArray(found) ? `${found.length} ` : 'more '
    const what = String(issue.path.at(-1) ?? 'items')
    return `${where}: ${subject}has ${count}${what}, over the limit of ${String(issue.maximum)}`
  }
  return `${where}: ${subject}${issue.message}`
}

/** The first problem `schema` finds in `data` (` at <path>: <what>`), or null when `data` fits. */
export function schemaProblem(schema: z.ZodType, data: unknown): string | null {
  const result = schema.safeParse(data)
  if (result.success) return null
  const [issue] = result.error.issues
  return issue ? describeIssue(issue, data) : ': it does not fit the schema'
}

/** `the tag "Person" ` when the path goes through a tag (or anything with a label), else nothing. */
function nameOf(path: readonly PropertyKey[], data: unknown): string {
  for (let length = path.length; length > 0; length -= 1) {
    const value = valueAt(path.slice(0, length), data)
    const label = (value as { label?: unknown } | null)?.label
    const kind = path[length - 2]
    if (typeof label === 'string' && typeof path[length - 1] === 'number') {
      return `${kind === 'tags' ? 'the tag' : 'the item'} "${label.slice(0, 80)}" `
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
