import type { Translator } from '@core/shared/i18n/translator'
import type { LinkMatch, LinkMatchesResult, LinkPreview } from '@core/shared/model/link-matches'
import { sentence } from './sentence'
import { userText } from '../i18n/user-text'

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
export function previewSummary(t: Translator, preview: LinkPreview): string {
  const articles = new Set(preview.matches.map((m) => m.documentId)).size
  const { total } = preview
  const shown = preview.matches.length
  const parts = [
    total === 0 ? t.t('entities.preview.nothingNew') : total > shown ? t.t('entities.preview.matchesListed', { total, articles, shown }) : t.t('entities.preview.matches', { total, articles })
  ]
  if (preview.createsEntity) parts.push(t.t('entities.preview.createsEntity', { name: userText(t, preview.entityName) }))
  if (preview.alreadyLinked > 0) parts.push(t.t('entities.preview.alreadyLinked', { count: preview.alreadyLinked }))
  if (preview.skipped > 0) parts.push(t.t('entities.link.skipped', { count: preview.skipped }))
  return t.t('entities.preview.summary', { clauses: parts.join(t.t('entities.clauseSeparator')) })
}

/** What linking the chosen matches did, for a status line. */
export function linkMatchesSummary(t: Translator, result: LinkMatchesResult): string {
  const count = result.linked + result.tagged
  const parts = [count === 0 ? t.t('entities.linkMatches.nothing') : t.t('entities.linkMatches.linked', { count, documents: result.documents })]
  if (result.skipped > 0) parts.push(t.t('entities.linkMatches.gone', { count: result.skipped }))
  return sentence(t, parts)
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
