import type { LinkMatch, LinkMatchesResult, LinkPreview } from '@core/shared/model/link-matches'

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}

/** The key a match is checked by in the preview. */
export const matchKey = (m: LinkMatch): string => `${m.documentId}:${m.start}:${m.end}:${m.entityId}`

export interface MatchGroup {
  documentId: string
  title: string
  outlet: string
  matches: LinkMatch[]
}

/** Matches by article, in the order the core listed them (document, then reading order). */
export function groupByDocument(matches: readonly LinkMatch[]): MatchGroup[] {
  const groups = new Map<string, MatchGroup>()
  for (const m of matches) {
    const group = groups.get(m.documentId) ?? { documentId: m.documentId, title: m.title, outlet: m.outlet, matches: [] }
    group.matches.push(m)
    groups.set(m.documentId, group)
  }
  return [...groups.values()]
}

/** The line above the list: how many, where, what is left as it is, and that nothing is written yet. */
export function previewSummary(preview: LinkPreview): string {
  const articles = new Set(preview.matches.map((m) => m.documentId)).size
  const parts = [
    preview.total === 0
      ? 'Nothing new to link'
      : `${count(preview.total, 'match', 'matches')} in ${count(articles, 'article', 'articles')}${preview.total > preview.matches.length ? ` (the first ${preview.matches.length.toLocaleString('en')} are listed)` : ''}`
  ]
  if (preview.createsEntity) parts.push(`the entity ‘${preview.entityName}’ will be created`)
  if (preview.alreadyLinked > 0) parts.push(`${count(preview.alreadyLinked, 'is', 'are')} already linked`)
  if (preview.skipped > 0) parts.push(`${count(preview.skipped, 'occurrence', 'occurrences')} left alone (linked to another entity or inside a longer mention)`)
  return `${parts.join('; ')}. Nothing is linked until you confirm; the articles’ status does not change.`
}

/** What linking the chosen matches did, for a status line. */
export function linkMatchesSummary(result: LinkMatchesResult): string {
  const done = result.linked + result.tagged
  const parts = [done === 0 ? 'Nothing was linked' : `Linked ${count(done, 'mention', 'mentions')} in ${count(result.documents, 'article', 'articles')}; their status is unchanged`]
  if (result.skipped > 0) parts.push(`${count(result.skipped, 'match was', 'matches were')} no longer there`)
  return `${parts.join('; ')}.`
}

/**
 * The words around a match, within its own paragraph: a context running into the line before would mix
 * a heading or an English line into an Arabic one and scramble the reading order. `…` marks a cut
 * inside the paragraph.
 */
export function contextOf(m: Pick<LinkMatch, 'prefix' | 'suffix'>): { before: string; after: string } {
  const lineStart = m.prefix.lastIndexOf('\n')
  const lineEnd = m.suffix.indexOf('\n')
  const before = lineStart === -1 ? (m.prefix ? `…${m.prefix}` : '') : m.prefix.slice(lineStart + 1)
  const after = lineEnd === -1 ? (m.suffix ? `${m.suffix}…` : '') : m.suffix.slice(0, lineEnd)
  return { before, after }
}
