import { randomUUID } from 'node:crypto'
import type { DocumentCommand } from '../../documents/commands'
import type { Annotation } from '../../shared/model/annotation'
import type { DocumentRecord } from '../../shared/model/document'
import type { Relation } from '../../shared/model/relation'

/** What a layer file brings to one document of the project, offsets already in the project's text. */
export interface IncomingLayer {
  annotations: Annotation[]
  /** Relations within the document, between the incoming annotations (by their ids in `annotations`). */
  relations: Relation[]
}

export interface LayerPlan {
  commands: DocumentCommand[]
  authors: string[]
  added: number
  replaced: number
  /** The document already holds exactly these annotators' layer: nothing to write. */
  unchanged: boolean
  /** Incoming annotation ids already used by another annotation of the document, and the ids they got. */
  renamed: { annotation: Annotation; newId: string }[]
}

/**
 * The commands that make `incoming` the layer of its annotators on `document`: each annotator's earlier
 * annotations there (an earlier import of their layer) are taken out and the file's put in, so importing
 * the same or an updated file again never doubles a layer, and what a colleague deleted since goes too.
 * Annotations of anyone else are not touched. An incoming id another annotation holds gets a new one.
 * All of it is one write of the document (and one undo step with the rest of the file).
 */
export function planLayer(document: DocumentRecord, incoming: IncomingLayer): LayerPlan {
  const authors = [...new Set(incoming.annotations.map((a) => a.author))].sort()
  const replacing = new Set(authors)
  const earlier = document.annotations.filter((a) => replacing.has(a.author))
  const unchanged = earlier.length === incoming.annotations.length && sameLayer(earlier, incoming.annotations) && sameRelations(document, earlier, incoming.relations)
  if (unchanged) return { commands: [], authors, added: 0, replaced: 0, unchanged: true, renamed: [] }
  const kept = document.annotations.filter((a) => !replacing.has(a.author))
  const earlierIds = new Set(earlier.map((a) => a.id))
  const usedIds = new Set([...kept.map((a) => a.id), ...document.relations.filter((r) => !touches(r, earlierIds)).map((r) => r.id)])
  const renamed: LayerPlan['renamed'] = []
  const idOf = new Map<string, string>()
  const annotations = incoming.annotations.map((annotation) => {
    let id = annotation.id
    if (usedIds.has(id)) {
      id = randomUUID()
      renamed.push({ annotation, newId: id })
    }
    usedIds.add(id)
    idOf.set(annotation.id, id)
    return { ...annotation, id }
  })
  const relations = incoming.relations.flatMap((relation) => {
    const from = idOf.get(relation.from)
    const to = idOf.get(relation.to)
    if (!from || !to) return []
    const id = usedIds.has(relation.id) ? randomUUID() : relation.id
    usedIds.add(id)
    return [{ relation: { ...relation, id, from, to }, index: Number.MAX_SAFE_INTEGER }]
  })
  const commands: DocumentCommand[] = earlier.map((a) => ({ type: 'delete', annotationId: a.id }))
  annotations.forEach((annotation, index) => {
    // A relation goes in with the last annotation, once both its ends are there.
    const last = index === annotations.length - 1
    commands.push({ type: 'restore', annotation, index: Number.MAX_SAFE_INTEGER, relations: last ? relations : [] })
  })
  return { commands, authors, added: annotations.length, replaced: earlier.length, unchanged: false, renamed }
}

function touches(relation: Relation, annotationIds: ReadonlySet<string>): boolean {
  return annotationIds.has(relation.from) || annotationIds.has(relation.to)
}

/** Every field of an annotation, in one order: the type check fails here when the model gains a field this list lacks. */
const FIELDS = ['id', 'tag', 'start', 'end', 'quote', 'prefix', 'suffix', 'attributes', 'note', 'author', 'createdAt', 'updatedAt', 'entityId', 'curator'] as const
const EVERY_FIELD: [Exclude<keyof Annotation, (typeof FIELDS)[number]>] extends [never] ? true : false = true

/** The same annotations (ids, spans, tags, values, authors and times), in any order. */
function sameLayer(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  const line = (annotation: Annotation): string => JSON.stringify(FIELDS.map((field) => (field === 'attributes' ? canonical(annotation.attributes) : (annotation[field] ?? null))))
  const key = (list: readonly Annotation[]): string => (EVERY_FIELD ? list.map(line).sort().join('\n') : '')
  return key(a) === key(b)
}

/** JSON with every object's keys in order, so equal values give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

function sameRelations(document: DocumentRecord, earlier: readonly Annotation[], incoming: readonly Relation[]): boolean {
  const earlierIds = new Set(earlier.map((a) => a.id))
  const mine = document.relations.filter((r) => touches(r, earlierIds))
  const key = (list: readonly Relation[]): string => JSON.stringify(list.map((r) => `${r.id}\u0000${r.type}\u0000${r.from}\u0000${r.to}`).sort())
  return key(mine) === key(incoming)
}
