import { z } from 'zod'
import { annotationSchema } from '../shared/model/annotation'
import type { DocumentRecord } from '../shared/model/document'
import { relationSchema } from '../shared/model/relation'

/**
 * One change to a document, as the journal records it: enough to redo it on the compacted JSON.
 * `put` holds the whole annotation or relation (create or update), `del` its id, `fields` the
 * document-level fields that changed (status, title, ...). Applying an entry is idempotent.
 */
export const journalEntrySchema = z.discriminatedUnion('op', [
  // `at`: where a new item was inserted, when not at the end (an undone delete puts it back in its place).
  z.strictObject({ op: z.literal('put'), annotation: annotationSchema, at: z.number().int().nonnegative().optional() }),
  z.strictObject({ op: z.literal('del'), annotationId: z.string().min(1) }),
  z.strictObject({ op: z.literal('putRelation'), relation: relationSchema, at: z.number().int().nonnegative().optional() }),
  z.strictObject({ op: z.literal('delRelation'), relationId: z.string().min(1) }),
  z.strictObject({ op: z.literal('fields'), fields: z.record(z.string(), z.unknown()) })
])

export type JournalEntry = z.infer<typeof journalEntrySchema>

/** The fields a `fields` entry may not touch: the collections have their own entries, the id is the file's. */
const NOT_FIELDS = new Set(['annotations', 'relations', 'id'])

/** A deep copy of JSON-shaped data (what a document holds): several times faster than structuredClone. */
export function clonePlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(clonePlain) as T
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) copy[key] = clonePlain((value as Record<string, unknown>)[key])
  return copy as T
}

export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  if (keysA.length !== Object.keys(b).length) return false
  for (const key of keysA) {
    if (!samePlain((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false
  }
  return true
}

/** The entries that turn `before` into `after`, found by comparing annotations and relations by id. */
export function diffDocuments(before: DocumentRecord, after: DocumentRecord): JournalEntry[] {
  const entries: JournalEntry[] = []
  const fields: Record<string, unknown> = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (NOT_FIELDS.has(key)) continue
    const value = (after as Record<string, unknown>)[key]
    const old = (before as Record<string, unknown>)[key]
    if (old !== value && !samePlain(old, value)) fields[key] = value ?? null
  }
  if (Object.keys(fields).length > 0) entries.push({ op: 'fields', fields })
  // Deletions first, so that the index of an insertion counts in the list as it then stands.
  diffById(before.annotations, after.annotations, (annotation, at) => entries.push(at === undefined ? { op: 'put', annotation } : { op: 'put', annotation, at }), (annotationId) => entries.push({ op: 'del', annotationId }))
  diffById(before.relations, after.relations, (relation, at) => entries.push(at === undefined ? { op: 'putRelation', relation } : { op: 'putRelation', relation, at }), (relationId) => entries.push({ op: 'delRelation', relationId }))
  return entries
}

function diffById<T extends { id: string }>(before: T[], after: T[], put: (item: T, at?: number) => void, del: (id: string) => void): void {
  if (before === after) return
  const previous = new Map(before.map((item) => [item.id, item]))
  const kept = new Set(after.map((item) => item.id))
  for (const item of before) if (!kept.has(item.id)) del(item.id)
  after.forEach((item, index) => {
    const old = previous.get(item.id)
    if (old === undefined) put(item, index === after.length - 1 ? undefined : index)
    else if (old !== item && !samePlain(old, item)) put(item)
  })
}

/** Applies entries to `document` in place. */
export function applyEntries(document: DocumentRecord, entries: readonly JournalEntry[]): void {
  for (const entry of entries) {
    switch (entry.op) {
      case 'put':
        upsert(document.annotations, entry.annotation, entry.at)
        break
      case 'del':
        document.annotations = document.annotations.filter((a) => a.id !== entry.annotationId)
        break
      case 'putRelation':
        upsert(document.relations, entry.relation, entry.at)
        break
      case 'delRelation':
        document.relations = document.relations.filter((r) => r.id !== entry.relationId)
        break
      case 'fields':
        for (const [key, value] of Object.entries(entry.fields)) {
          if (!NOT_FIELDS.has(key)) (document as Record<string, unknown>)[key] = value
        }
        break
    }
  }
}

function upsert<T extends { id: string }>(items: T[], item: T, at?: number): void {
  const index = items.findIndex((existing) => existing.id === item.id)
  if (index !== -1) items[index] = item
  else if (at === undefined || at >= items.length) items.push(item)
  else items.splice(at, 0, item)
}

/** True when `document` already holds every entry's final effect (a journal a finished compaction absorbed). */
export function holdsEntries(document: DocumentRecord, entries: readonly JournalEntry[]): boolean {
  const replayed = clonePlain(document)
  applyEntries(replayed, entries)
  const byId = <T extends { id: string }>(items: T[]): Map<string, T> => new Map(items.map((item) => [item.id, item]))
  const sameSet = <T extends { id: string }>(a: T[], b: T[]): boolean => {
    const mapB = byId(b)
    return a.length === b.length && a.every((item) => samePlain(item, mapB.get(item.id)))
  }
  const { annotations: a1, relations: r1, ...rest1 } = replayed
  const { annotations: a2, relations: r2, ...rest2 } = document
  return samePlain(rest1, rest2) && sameSet(a1, a2) && sameSet(r1, r2)
}
