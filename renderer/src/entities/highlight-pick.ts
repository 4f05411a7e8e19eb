import { useSyncExternalStore } from 'react'

/** A field waiting for the user to click a highlight in the reader instead of choosing from its list. */
export interface HighlightPick {
  /** Which field is picking (so a field unmounting ends only its own pick). */
  owner: string
  /** The tag a highlight must carry to be picked (others are selected as usual). */
  tag: string
  /** Several tags that may be picked (a relation type's targets); `tag` alone when absent. */
  tags?: readonly string[]
  /** What the field is called, for the reader's hint ("Picking Attributed to"). */
  field: string
  onPick(annotationId: string): void
}

let current: HighlightPick | null = null
const listeners = new Set<() => void>()

function publish(next: HighlightPick | null): void {
  current = next
  for (const listener of listeners) listener()
}

export function startPick(pick: HighlightPick): void {
  publish(pick)
}

/** Ends picking, only if `owner`'s pick is still the one waiting (a field unmounting must not end another's). */
export function stopPick(owner: string): void {
  if (current?.owner === owner) publish(null)
}

/**
 * Offers a clicked highlight to the field that is picking: true when it was taken (the reader then does
 * not select it), false when nothing is picking or the highlight has another tag.
 */
export function offerPick(annotationId: string, tag: string | undefined): boolean {
  const pick = current
  if (!pick || tag === undefined || !(pick.tags ?? [pick.tag]).includes(tag)) return false
  publish(null)
  pick.onPick(annotationId)
  return true
}

export function useHighlightPick(): HighlightPick | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current
  )
}
