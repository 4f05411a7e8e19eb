/** One end of a relation as the detail panel shows it: the quote, its tag and its document. */
export interface RelationEnd {
  documentId: string
  documentTitle: string
  /** The outlet of the end's document. */
  source: string
  annotationId: string
  tag: string
  quote: string
}

/** A relation seen from one of its ends (`relations.ofAnnotation`). */
export interface ListedRelation {
  id: string
  type: string
  /** The type's name ("contradicts"), or its id for a built-in type. */
  typeLabel: string
  /** Whether the annotation asked about is the relation's source or its target. */
  direction: 'outgoing' | 'incoming'
  /** False for a symmetric type: the relation reads the same both ways. */
  directed: boolean
  builtIn: boolean
  /** The other end; null when it cannot be read (its document is damaged or gone). */
  other: RelationEnd | null
  /** The document that stores it (a relation inside one document), or null for one across documents. */
  documentId: string | null
}
