import { randomUUID } from 'node:crypto'
import type { DocumentCommand } from '../documents/commands'
import type { Annotation } from '../shared/model/annotation'
import type { DocumentRecord } from '../shared/model/document'
import type { LinkMatch } from '../shared/model/link-matches'
import { quoteWithContext } from '../shared/text/spans'
import { foldText } from '../shared/text/fold'
import { findFoldedOccurrences, searchKey } from './occurrences'

/** An entity to look for: every name it goes by, and the tag its mentions carry. */
export interface MatchTarget {
  entityId: string
  entityName: string
  tag: string
  names: readonly string[]
}

export interface DocumentPlan {
  matches: LinkMatch[]
  alreadyLinked: number
  skipped: number
}

interface Candidate {
  target: MatchTarget
  matched: string
  start: number
  end: number
}

/**
 * Where in `document` the targets' names and aliases occur (whole words, folded as `searchKey` does)
 * and what linking each would do. Where names overlap ("Tahrir al-Sham" inside "Hayat Tahrir al-Sham")
 * the longest occurrence wins; at the very same place, the first target listed. An occurrence that is
 * already a mention of the tag is linked if it is unlinked, counted if linked to the entity, and left
 * alone if linked to another; one inside or across a longer mention of the tag is left alone.
 */
export function planDocument(document: DocumentRecord, targets: readonly MatchTarget[]): DocumentPlan {
  const candidates: Candidate[] = []
  const folded = foldText(document.text)
  for (const target of targets) {
    const seen = new Set<string>()
    for (const name of target.names) {
      const key = searchKey(name)
      if (!key || seen.has(key)) continue
      seen.add(key)
      for (const { start, end } of findFoldedOccurrences(document.text, folded, key)) candidates.push({ target, matched: name, start, end })
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end)
  const plan: DocumentPlan = { matches: [], alreadyLinked: 0, skipped: 0 }
  // Sorted by start, longest first: a candidate overlaps a kept one exactly when it starts before the last kept end.
  const kept: Candidate[] = []
  let keptEnd = 0
  for (const candidate of candidates) {
    if (candidate.start < keptEnd) continue
    kept.push(candidate)
    keptEnd = candidate.end
  }
  for (const { target, matched, start, end } of kept) {
    const sameTag = document.annotations.filter((a) => a.tag === target.tag && a.start < end && start < a.end)
    const exact = sameTag.find((a) => a.start === start && a.end === end)
    if (exact && exact.entityId === target.entityId) {
      plan.alreadyLinked += 1
      continue
    }
    if ((exact && exact.entityId !== null) || (!exact && sameTag.length > 0)) {
      plan.skipped += 1
      continue
    }
    plan.matches.push({
      documentId: document.id,
      title: document.title,
      outlet: document.source,
      start,
      end,
      ...quoteWithContext(document.text, start, end),
      entityId: target.entityId,
      entityName: target.entityName,
      matched,
      kind: exact ? 'link' : 'tag',
      annotationId: exact ? exact.id : null
    })
  }
  return plan
}

/** The key a chosen match is known by. */
export const matchRefKey = (ref: { documentId: string; start: number; end: number; entityId?: string }): string =>
  `${ref.documentId}\u0000${ref.start}\u0000${ref.end}\u0000${ref.entityId ?? ''}`

/** The commands that link `matches` (all of one document): set the entity of a mention, or tag and link the text. */
export function commandsFor(document: DocumentRecord, matches: readonly LinkMatch[], tagOf: (entityId: string) => string, author: string, now: string): DocumentCommand[] {
  const commands: DocumentCommand[] = []
  let index = document.annotations.length
  for (const match of matches) {
    if (match.annotationId !== null) {
      commands.push({ type: 'setEntity', annotationId: match.annotationId, entityId: match.entityId, updatedAt: now })
      continue
    }
    const annotation: Annotation = {
      id: randomUUID(),
      tag: tagOf(match.entityId),
      start: match.start,
      end: match.end,
      ...quoteWithContext(document.text, match.start, match.end),
      attributes: {},
      note: '',
      author,
      createdAt: now,
      updatedAt: now,
      entityId: match.entityId
    }
    commands.push({ type: 'restore', annotation, index, relations: [] })
    index += 1
  }
  return commands
}
