/**
 * A number per open document that grows by one with each `document.changed` announcement, so a window
 * patching its copy from the events can tell that it missed one (and read the document again instead).
 * It lives as long as the opened store; a window reads it with `documents.open` and then follows the events.
 */
const revisionsByStore = new WeakMap<object, Map<string, number>>()

function revisionsOf(store: object): Map<string, number> {
  let revisions = revisionsByStore.get(store)
  if (!revisions) revisionsByStore.set(store, (revisions = new Map()))
  return revisions
}

/** The revision of the document as last announced (0 before any change since the project was opened). */
export function currentRevision(store: object, documentId: string): number {
  return revisionsOf(store).get(documentId) ?? 0
}

/** Counts one more announced change of the document and returns its revision. */
export function nextRevision(store: object, documentId: string): number {
  const revisions = revisionsOf(store)
  const next = (revisions.get(documentId) ?? 0) + 1
  revisions.set(documentId, next)
  return next
}
