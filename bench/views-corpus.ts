/**
 * The corpus of the views benches (issue 11): articles of the performance issue's size (10,000 articles,
 * 500,000 spans) with what the views aggregate: actor and place mentions linked to 2,000 entities, claims
 * attributed to actors with a stance, figures with a value and what they count, stated in claims, across
 * 20 outlets and 28 days. Seeded: the same corpus every run, document by document in order.
 */
import type { Annotation } from '../electron/core/shared/model/annotation'
import type { AttributeValues } from '../electron/core/shared/model/attributes'
import { DOCUMENT_SCHEMA_VERSION, type DocumentRecord } from '../electron/core/shared/model/document'
import type { Entity } from '../electron/core/shared/model/entity'
import type { Relation } from '../electron/core/shared/model/relation'
import { quoteWithContext } from '../electron/core/shared/text/spans'
import { seededRandom as random } from '../electron/core/testing/seeded-random'

export const DOCUMENTS = 10_000
export const MENTIONS = 25
export const CLAIMS = 15
export const FIGURES = 10
export const ENTITIES = 2_000
export const OUTLETS = 20
const COUNTED = ['fighters killed', 'civilians killed', 'villages taken', 'km advanced', 'soldiers captured', 'tanks destroyed']
const STANCES = ['asserted', 'reported', 'denied', 'disputed']
const FILLER = ['the', 'army', 'said', 'near', 'town', 'of', 'and', 'after', 'reports', 'that', 'حماة', '🙂']

const next = random(11)
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
const now = '2024-12-01T00:00:00.000Z'

export const entities: Entity[] = Array.from({ length: ENTITIES }, (_, i) => ({
  id: `entity-${i}`,
  name: `Group ${i}`,
  type: i % 4 === 0 ? 'place' : 'actor',
  aliases: [`G${i}`, `the group number ${i}`],
  note: '',
  coordinates: null,
  createdAt: now,
  updatedAt: now
}))

/** One generated article: filler words with the spans written into it, so every quote is its text. */
export function generateDocument(index: number): DocumentRecord {
  let text = ''
  const annotations: Annotation[] = []
  const relations: Relation[] = []
  const write = (words: number): void => {
    for (let i = 0; i < words; i += 1) text += `${pick(FILLER)} `
  }
  const span = (tag: string, quote: string, attributes: AttributeValues, entityId: string | null): Annotation => {
    write(3 + Math.floor(next() * 6))
    const start = text.length
    text += `${quote} `
    const annotation: Annotation = {
      id: `d${index}-a${annotations.length}`,
      tag,
      start,
      end: start + quote.length,
      quote,
      prefix: '',
      suffix: '',
      attributes,
      note: '',
      author: 'bench',
      createdAt: now,
      updatedAt: now,
      entityId
    }
    annotations.push(annotation)
    return annotation
  }
  const mentions: Annotation[] = []
  for (let i = 0; i < MENTIONS; i += 1) {
    const entity = pick(entities)
    const linked = next() < 0.8
    mentions.push(span(entity.type, next() < 0.5 ? entity.name : (entity.aliases[0] ?? entity.name), {}, linked ? entity.id : null))
  }
  const claims: Annotation[] = []
  for (let i = 0; i < CLAIMS; i += 1) {
    const claim = span('claim', `the army said that ${Math.floor(next() * 1000)} fighters were killed near town`, { stance: pick(STANCES) }, null)
    claims.push(claim)
    const actor = mentions.find((m) => m.tag === 'actor' && next() < 0.3)
    if (actor) relations.push({ id: `${claim.id}-r`, type: 'attributed-to', from: claim.id, to: actor.id, author: 'bench', createdAt: now })
  }
  for (let i = 0; i < FIGURES; i += 1) {
    const value = Math.floor(next() * 2000)
    const figure = span('figure', value.toLocaleString('en'), { value, counted: pick(COUNTED) }, null)
    if (next() < 0.7) relations.push({ id: `${figure.id}-r`, type: 'stated-in', from: figure.id, to: pick(claims).id, author: 'bench', createdAt: now })
  }
  for (const annotation of annotations) Object.assign(annotation, quoteWithContext(text, annotation.start, annotation.end))
  const day = 1 + (index % 28)
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id: `doc-${index}`,
    title: `Article ${index}`,
    source: `Outlet ${index % OUTLETS}`,
    author: '',
    date: `2024-11-${String(day).padStart(2, '0')}`,
    url: '',
    language: 'en',
    importedFrom: 'bench',
    importedAt: now,
    status: 'in-progress',
    text,
    annotations,
    relations
  }
}
