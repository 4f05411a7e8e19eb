import type { Annotation } from '@core/shared/model/annotation'
import type { DocumentRecord } from '@core/shared/model/document'
import { compareReadingOrder, type OrderedSpan } from '@core/shared/model/reading-order'
import type { PendingKind } from '../editor/highlight-index'

/** An annotation as the screen shows it: `pending` while the write that changes it is not yet durable. */
export type ShownAnnotation = Annotation & {
  pending?: PendingKind
  /** Set on another annotator's annotation, shown read-only: how its layer is drawn (layers/layer-choice.ts). */
  layer?: string
}

/** A change drawn at once but not yet reported durable by the core; `write` tells overlapping writes apart. */
export type PendingChange =
  | { kind: 'create'; write: number; annotation: Annotation }
  | { kind: 'retag'; write: number; tag: string }
  | { kind: 'delete'; write: number }
  /** A note or attribute value being saved: shown in the panel and lists at once, highlight unchanged. */
  | { kind: 'edit'; write: number; annotationId: string; fields: Partial<Pick<Annotation, 'note' | 'attributes'>> }

/** Reading order, as the annotation list, the paged reads and the exports show it (one rule, in the core). */
export const compareAnnotations = compareReadingOrder

/** A copy of a sorted list with `annotation` inserted in order (binary search: no full sort per change). */
export function insertSorted<T extends OrderedSpan>(list: readonly T[], annotation: T): T[] {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const item = list[middle]
    if (item && compareAnnotations(item, annotation) <= 0) low = middle + 1
    else high = middle
  }
  const next = list.slice()
  next.splice(low, 0, annotation)
  return next
}

/**
 * The annotations the screen shows: those on disk with the pending changes drawn over them. Costs one
 * copy of the list per change, never a pass that rebuilds every annotation.
 */
export function withPendingChanges(stored: readonly Annotation[], pending: ReadonlyMap<string, PendingChange>): readonly ShownAnnotation[] {
  if (pending.size === 0) return stored
  let shown: ShownAnnotation[] = [...stored]
  for (const [id, change] of pending) {
    if (change.kind === 'create') {
      shown = insertSorted(shown, { ...change.annotation, pending: 'create' })
      continue
    }
    const target = change.kind === 'edit' ? change.annotationId : id
    const index = shown.findIndex((annotation) => annotation.id === target)
    const annotation = shown[index]
    if (!annotation) continue
    if (change.kind === 'edit') {
      shown[index] = { ...annotation, ...change.fields }
      continue
    }
    shown[index] = change.kind === 'retag' ? { ...annotation, tag: change.tag, pending: 'retag' } : { ...annotation, pending: 'delete' }
  }
  return shown
}

/** The open document as shown: its annotations in reading order, pending changes drawn over them. */
export type ShownDocument = Omit<DocumentRecord, 'annotations'> & { annotations: readonly ShownAnnotation[] }

/** A document's annotations in reading order, copied only when they are not in order already. */
export function inReadingOrder(annotations: readonly Annotation[]): readonly Annotation[] {
  for (let i = 1; i < annotations.length; i += 1) {
    const previous = annotations[i - 1]
    const current = annotations[i]
    if (previous && current && compareAnnotations(previous, current) > 0) return [...annotations].sort(compareAnnotations)
  }
  return annotations
}

/** The annotation a pending create draws until the core answers with the stored one. */
export function provisionalAnnotation(id: string, tag: string, text: string, span: { start: number; end: number }): Annotation {
  const now = new Date().toISOString()
  return {
    id,
    tag,
    ...span,
    quote: text.slice(span.start, span.end),
    prefix: '',
    suffix: '',
    attributes: {},
    note: '',
    author: '',
    createdAt: now,
    updatedAt: now,
    entityId: null
  }
}
