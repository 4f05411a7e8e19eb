/**
 * A number per document that grows by one with each `document.changed` announcement, so a window
 * patching its copy from the events can tell that it missed one (and read the document again instead).
 * One per opened project; a window reads it with `documents.open` and then follows the events.
 */
export class DocumentRevisions {
  private readonly revisions = new Map<string, number>()

  /** The revision of the document as last announced (0 before any change since the project was opened). */
  current(documentId: string): number {
    return this.revisions.get(documentId) ?? 0
  }

  /** Counts one more announced change of the document and returns its revision. */
  next(documentId: string): number {
    const next = this.current(documentId) + 1
    this.revisions.set(documentId, next)
    return next
  }
}
