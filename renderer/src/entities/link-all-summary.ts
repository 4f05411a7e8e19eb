import type { LinkAllResult } from '@core/shared/model/views'

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}

/** What `Link all` did, in words for the panel's status line. */
export function linkAllSummary(result: LinkAllResult): string {
  const name = `‘${result.entity.name}’`
  const changed = result.linked + result.tagged
  const parts: string[] = []
  if (changed === 0) parts.push(`No new mentions of ${name} to link`)
  else {
    const done = [result.linked > 0 ? `linked ${count(result.linked, 'tagged mention', 'tagged mentions')}` : '', result.tagged > 0 ? `tagged and linked ${count(result.tagged, 'new occurrence', 'new occurrences')}` : '']
    const sentence = done.filter(Boolean).join(' and ')
    parts.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)} to ${name} in ${count(result.documents, 'article', 'articles')}; their status is unchanged`)
  }
  if (result.alreadyLinked > 0) parts.push(`${count(result.alreadyLinked, 'was', 'were')} already linked`)
  if (result.skipped > 0) parts.push(`${count(result.skipped, 'occurrence', 'occurrences')} left alone (linked to another entity or inside a longer mention)`)
  return `${parts.join('; ')}.`
}
