import type { Annotation } from '../shared/model/annotation'
import type { AttributeValues } from '../shared/model/attributes'
import type { DocumentRecord } from '../shared/model/document'
import { searchKey } from '../entities/occurrences'
import { foldKey } from '../shared/text/fold'
import { FIGURE_QUALIFIER, FIGURE_UPPER, isFigureQualifier, type FigureQualifier } from '../shared/model/figure-interval'
import { readFigure } from '../shared/text/figure-reading'

/** Tags whose annotations are not mentions of an entity, and feed the claims and figures views. */
export const CLAIM_TAG = 'claim'
export const FIGURE_TAG = 'figure'

/** An annotation that can name an entity (actor, place, or a custom tag). */
export interface MentionExtract {
  annotationId: string
  tag: string
  entityId: string | null
  start: number
  end: number
  quote: string
  /** Up to 32 characters of text either side, for keyword-in-context lines. */
  prefix: string
  suffix: string
  /** The text as matched against entity names and aliases (`searchKey`). */
  key: string
}

export interface ActorRef {
  annotationId: string
  quote: string
  entityId: string | null
}

export interface ClaimExtract {
  annotationId: string
  start: number
  end: number
  text: string
  /** The text under the one loose folding, once, for filtering and sorting. */
  textKey: string
  stance: string | null
  attributes: AttributeValues
  /** The actor mention the claim is attributed to (an `attributed-to` relation), or null. */
  actor: ActorRef | null
}

export interface FigureExtract {
  annotationId: string
  start: number
  end: number
  quote: string
  value: number | null
  /** How the text qualifies the value (the `qualifier` attribute, else read from the quote) and a range's upper end. */
  qualifier: FigureQualifier
  upper: number | null
  /** Who states it: the actor its claim is attributed to, or null (then the outlet). */
  source: ActorRef | null
  /** What is counted, as typed ("fighters killed"), and the key figures are grouped by. */
  counted: string
  countedKey: string
  /** The claim that states the figure (a `stated-in` relation), or null. */
  claim: { annotationId: string; text: string } | null
}

/**
 * Everything the corpus views need from one document, computed once per change of that document, so
 * that a view aggregates small extracts instead of scanning documents. Plain data: the project index
 * can store it beside the document's summary.
 */
export interface DocumentExtract {
  documentId: string
  title: string
  outlet: string
  date: string | null
  mentions: MentionExtract[]
  claims: ClaimExtract[]
  figures: FigureExtract[]
  /** Linked mentions per entity, one entry per entity the document mentions. */
  entityCounts: { entityId: string; count: number }[]
}

export function extractDocument(document: DocumentRecord): DocumentExtract {
  const byId = new Map(document.annotations.map((a) => [a.id, a]))
  const attributedTo = new Map<string, Annotation>()
  const statedIn = new Map<string, Annotation>()
  for (const relation of document.relations) {
    const to = byId.get(relation.to)
    if (!to) continue
    if (relation.type === 'attributed-to' && !attributedTo.has(relation.from)) attributedTo.set(relation.from, to)
    if (relation.type === 'stated-in' && !statedIn.has(relation.from)) statedIn.set(relation.from, to)
  }
  const extract: DocumentExtract = {
    documentId: document.id,
    title: document.title,
    outlet: document.source,
    date: document.date,
    mentions: [],
    claims: [],
    figures: [],
    entityCounts: []
  }
  const ordered = [...document.annotations].sort((a, b) => a.start - b.start || a.end - b.end)
  for (const annotation of ordered) {
    if (annotation.tag === CLAIM_TAG) {
      const actor = attributedTo.get(annotation.id)
      const stance = annotation.attributes.stance
      extract.claims.push({
        annotationId: annotation.id,
        start: annotation.start,
        end: annotation.end,
        text: annotation.quote,
        textKey: foldKey(annotation.quote),
        stance: typeof stance === 'string' ? stance : null,
        attributes: annotation.attributes,
        actor: actor ? { annotationId: actor.id, quote: actor.quote, entityId: actor.entityId } : null
      })
    } else if (annotation.tag === FIGURE_TAG) {
      const value = annotation.attributes.value
      const counted = annotation.attributes.counted
      const claim = statedIn.get(annotation.id)
      const actor = claim ? attributedTo.get(claim.id) : undefined
      const countedText = typeof counted === 'string' ? counted.trim() : ''
      extract.figures.push({
        annotationId: annotation.id,
        start: annotation.start,
        end: annotation.end,
        quote: annotation.quote,
        value: typeof value === 'number' ? value : null,
        ...figureQualification(annotation),
        source: actor ? { annotationId: actor.id, quote: actor.quote, entityId: actor.entityId } : null,
        counted: countedText,
        countedKey: searchKey(countedText),
        claim: claim ? { annotationId: claim.id, text: claim.quote } : null
      })
    } else {
      extract.mentions.push({
        annotationId: annotation.id,
        tag: annotation.tag,
        entityId: annotation.entityId,
        start: annotation.start,
        end: annotation.end,
        quote: annotation.quote,
        prefix: annotation.prefix,
        suffix: annotation.suffix,
        key: searchKey(annotation.quote)
      })
      if (annotation.entityId) {
        const counted = extract.entityCounts.find((c) => c.entityId === annotation.entityId)
        if (counted) counted.count += 1
        else extract.entityCounts.push({ entityId: annotation.entityId, count: 1 })
      }
    }
  }
  return extract
}

/**
 * The qualifier and upper bound a figure's attributes give; a project whose Figure tag predates them
 * (or a figure left unset) has them read from the quote, so "more than 400" never counts as exactly 400.
 */
function figureQualification(annotation: Annotation): { qualifier: FigureQualifier; upper: number | null } {
  const stored = annotation.attributes[FIGURE_QUALIFIER]
  const upper = annotation.attributes[FIGURE_UPPER]
  const read = isFigureQualifier(stored) ? null : readFigure(annotation.quote, annotation.prefix)
  const qualifier = isFigureQualifier(stored) ? stored : (read?.qualifier ?? 'exact')
  if (qualifier !== 'range') return { qualifier, upper: null }
  return { qualifier, upper: typeof upper === 'number' ? upper : (read?.upper ?? null) }
}

/** True when the document has at least one mention linked to `entityId`. */
export function mentionsEntity(extract: DocumentExtract, entityId: string): boolean {
  return extract.entityCounts.some((c) => c.entityId === entityId)
}
