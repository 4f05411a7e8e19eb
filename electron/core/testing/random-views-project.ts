import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Annotation } from '../shared/model/annotation'
import { DOCUMENT_SCHEMA_VERSION, type DocumentRecord } from '../shared/model/document'
import { ENTITIES_SCHEMA_VERSION, type Entity } from '../shared/model/entity'
import { DEFAULT_TAGS, PROJECT_SCHEMA_VERSION } from '../shared/model/project'
import type { Relation } from '../shared/model/relation'
import { quoteWithContext } from '../shared/text/spans'
import { seededRandom } from './seeded-random'

const NOW = '2024-12-01T00:00:00.000Z'
/** Arabic spelt several ways (ة/ه, tashkeel, alef with hamza), accents, full-width letters, an emoji. */
const WORDS = ['the', 'army', 'said', 'near', 'Hama', 'حماة', 'حَماه', 'أحمد', 'احمد', 'Émile', 'emile', 'ＨＡＭＡ', 'and', '🙂', 'reports']
/** Spellings of what is counted that fold to two keys, so groups merge spellings and ties happen. */
const COUNTED = ['fighters killed', 'Fighters Killed', 'fighters killed ', 'villages', 'Villages', '']
const STANCES = ['asserted', 'denied', 'reported', null]
/**
 * Outlets whose order differs by collator, by code unit and by byte (UTF-8): case, accents, Arabic,
 * digits, an emoji against a full-width letter (U+FF21, after the emoji's surrogates, before its code point).
 */
export const RANDOM_OUTLETS = ['Outlet A', 'outlet b', 'Outlet C', 'Été presse', 'Etna news', 'الجزيرة', 'العربية', 'Outlet 10', 'Outlet 9', '🙂 Press', 'Ａ wide']
const DATES = ['2024-12-01', '2024-12-02', '2024-12-09', '2024-12-31', '2025-01-01', '2024-11-30', null]

export const RANDOM_ENTITIES: Entity[] = Array.from({ length: 6 }, (_, i) => ({
  id: `entity-${i}`,
  name: ['Émile brigade', 'emile front', 'حماس', 'Hamas', 'group 10', 'Group 9'][i] as string,
  type: i % 3 === 0 ? 'place' : 'actor',
  aliases: [],
  note: '',
  coordinates: null,
  createdAt: NOW,
  updatedAt: NOW
}))

/**
 * A random document for the views: mentions linked to the entities or not, claims with stances,
 * choice and yes/no attributes and attributed actors, figures with and without values stated in claims;
 * spans overlapping and starting at the same offset, so every tie of the views' orders is exercised.
 */
export function randomViewsDocument(random: () => number, id: string, counter: { next: number }): DocumentRecord {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const text = Array.from({ length: 60 }, () => pick(WORDS)).join(' ')
  const annotations: Annotation[] = []
  const relations: Relation[] = []
  const span = (tag: string, attributes: Annotation['attributes'], entityId: string | null): Annotation => {
    // Never inside a surrogate pair: the store refuses spans that split one.
    const outside = (offset: number): number => (/[\uDC00-\uDFFF]/.test(text[offset] ?? '') ? offset + 1 : offset)
    const start = outside(Math.floor(random() * 20) * 5)
    const end = outside(start + 1 + Math.floor(random() * 12))
    counter.next += 1
    const annotation: Annotation = {
      id: `a${counter.next}`, tag, start, end, ...quoteWithContext(text, start, end), attributes, note: '', author: 't', createdAt: NOW, updatedAt: NOW, entityId
    }
    annotations.push(annotation)
    return annotation
  }
  const mentions = Array.from({ length: Math.floor(random() * 6) }, () => {
    const entity = pick(RANDOM_ENTITIES)
    return span(entity.type, {}, random() < 0.7 ? entity.id : null)
  })
  const claims = Array.from({ length: Math.floor(random() * 5) }, () => {
    const stance = pick(STANCES)
    const claim = span('claim', { ...(stance === null ? {} : { stance }), ...(random() < 0.5 ? { verified: random() < 0.5 } : {}) }, null)
    const actor = mentions.find((m) => m.tag === 'actor' && random() < 0.5)
    if (actor) relations.push({ id: `${claim.id}-r`, type: 'attributed-to', from: claim.id, to: actor.id, author: 't', createdAt: NOW })
    return claim
  })
  for (let i = Math.floor(random() * 4); i > 0; i -= 1) {
    const value = pick([12, 1300, 45.5, null])
    const figure = span('figure', { ...(value === null ? {} : { value }), counted: pick(COUNTED) }, null)
    if (claims.length > 0 && random() < 0.5) relations.push({ id: `${figure.id}-r`, type: 'stated-in', from: figure.id, to: pick(claims).id, author: 't', createdAt: NOW })
  }
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION, id, title: `Title ${id}`, source: pick(RANDOM_OUTLETS), author: '', date: pick(DATES), url: '', language: 'en',
    importedFrom: 't', importedAt: NOW, status: 'in-progress', text, annotations, relations
  }
}

/** Writes a project of `count` random documents to `dir`, in the store's format; returns their ids. */
export async function writeRandomViewsProject(dir: string, seed: number, count: number): Promise<string[]> {
  const random = seededRandom(seed)
  const counter = { next: 0 }
  await mkdir(join(dir, 'documents'), { recursive: true })
  const ids: string[] = []
  for (let i = 0; i < count; i += 1) {
    // Ids differing in case and in "-" or "_", which the collator orders otherwise than bytes do.
    const document = randomViewsDocument(random, `${['doc-', 'Doc-', 'doc_'][i % 3] as string}${String(i).padStart(3, '0')}`, counter)
    ids.push(document.id)
    await writeFile(join(dir, 'documents', `${document.id}.json`), `${JSON.stringify(document)}\n`)
  }
  await writeFile(join(dir, 'entities.json'), `${JSON.stringify({ schemaVersion: ENTITIES_SCHEMA_VERSION, entities: RANDOM_ENTITIES, rejectedSuggestions: [] })}\n`)
  const tags = DEFAULT_TAGS.map((tag) => (tag.id === 'claim' ? { ...tag, attributes: [...tag.attributes, { id: 'verified', label: 'Verified', type: 'flag' as const }] } : tag))
  await writeFile(join(dir, 'project.json'), `${JSON.stringify({ schemaVersion: PROJECT_SCHEMA_VERSION, name: 'Random views', description: '', createdAt: NOW, tags, documentIds: ids })}\n`)
  return ids
}
