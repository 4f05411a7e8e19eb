import { useEffect, useMemo, useRef, useState } from 'react'
import { formatDateTime } from '../format/date-time'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Annotation } from '@core/shared/model/annotation'
import type { TagDefinition } from '@core/shared/model/project'
import { paragraphsOfRepeatedQuotes } from '../format/paragraphs'
import { Legend } from '../tags/Legend'

/** Every row has a third line: who made the annotation and when, then its attribute values and note. */
const ROW_HEIGHT_WITH_DETAILS = 78

/** An annotation's attribute values and note on one line: "city · Seen from the road". */
function detailsLine(annotation: Annotation, tag: TagDefinition | undefined): string {
  const values = (tag?.attributes ?? [])
    .filter((definition) => annotation.attributes[definition.id] !== undefined)
    .map((definition) => {
      const value = annotation.attributes[definition.id]
      return typeof value === 'boolean' ? (value ? definition.label : `not ${definition.label}`) : String(value)
    })
  const note = annotation.note.replace(/\s+/g, ' ').trim()
  const made = `${annotation.author || 'unknown'}, ${formatDateTime(annotation.updatedAt)}`
  return [made, ...values, ...(note ? [note] : [])].join(' · ')
}

interface AnnotationListProps {
  tags: readonly TagDefinition[]
  /** The open document's text: repeated quotes are told apart by their paragraph's number. */
  text?: string
  annotations: readonly Annotation[]
  selectedAnnotationId: string | null
  onSelect(annotationId: string): void
}

/** The open document's annotations in reading order; only the visible rows are rendered. */
export function AnnotationList({ tags, text = '', annotations, selectedAnnotationId, onSelect }: AnnotationListProps) {
  const [annotator, setAnnotator] = useState('')
  const annotators = useMemo(() => [...new Set(annotations.map((a) => a.author))].sort((a, b) => a.localeCompare(b)), [annotations])
  const shownAnnotator = annotators.includes(annotator) ? annotator : ''
  const sorted = useMemo(
    () => annotations.filter((a) => !shownAnnotator || a.author === shownAnnotator).sort((a, b) => a.start - b.start || b.end - a.end),
    [annotations, shownAnnotator]
  )
  const labels = useMemo(() => new Map(tags.map((t) => [t.id, t.label])), [tags])
  // Worked out only for the rows drawn, once per annotation state: a document may hold tens of thousands.
  const detailsOf = useMemo(() => {
    const byId = new Map(tags.map((t) => [t.id, t]))
    const cache = new WeakMap<Annotation, string>()
    return (annotation: Annotation): string => {
      let line = cache.get(annotation)
      if (line === undefined) cache.set(annotation, (line = detailsLine(annotation, byId.get(annotation.tag))))
      return line
    }
  }, [tags])
  const paragraphs = useMemo(() => paragraphsOfRepeatedQuotes(text, annotations), [text, annotations])
  const scroller = useRef<HTMLDivElement>(null)
  // The virtualiser's methods must be read fresh on every render; this app does not use the React Compiler,
  // whose auto-memoisation is what the rule guards against.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT_WITH_DETAILS,
    overscan: 8
  })

  // Rows change height when a note or value is added or removed: measure them again.
  useEffect(() => virtualizer.measure(), [sorted, detailsOf, virtualizer])

  const selectedIndex = sorted.findIndex((a) => a.id === selectedAnnotationId)
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtualizer])

  return (
    <aside className="pane annotation-pane" aria-label="Annotations">
      <h2 className="pane-title" id="annotation-pane-title" tabIndex={-1}>
        <span aria-hidden="true">Annotations</span> <span className="pane-count" aria-hidden="true">{annotations.length}</span>
        <span className="visually-hidden">Annotations, {annotations.length}</span>
      </h2>
      <Legend tags={tags} annotations={annotations} />
      {annotators.length > 0 && (
        <label className="annotator-filter">
          Annotator
          <select value={shownAnnotator} onChange={(event) => setAnnotator(event.target.value)}>
            <option value="">Everyone ({annotators.length})</option>
            {annotators.map((name) => (
              <option dir="auto" key={name} value={name}>
                {name || 'unknown'}
              </option>
            ))}
          </select>
        </label>
      )}
      {sorted.length === 0 && <p className="empty-hint">Select text in the article, then press a tag's key (1–4).</p>}
      <div className="annotation-scroller" ref={scroller}>
        <ul className="annotation-list" aria-label="Annotations of this document" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const annotation = sorted[row.index]
            if (!annotation) return null
            const details = detailsOf(annotation)
            const paragraph = paragraphs.get(annotation.id)
            // The name holds the visible text in its order (label in name): "Place, paragraph 2: Hama".
            const where = paragraph === undefined ? '' : `, paragraph ${paragraph}`
            return (
              <li key={annotation.id} className="annotation-row" style={{ transform: `translateY(${row.start}px)`, height: row.size }}>
                <button
                  type="button"
                  className="annotation-item"
                  aria-label={`${labels.get(annotation.tag) ?? annotation.tag}${where}: ${annotation.quote}`}
                  aria-describedby={details ? `details-${annotation.id}` : undefined}
                  aria-current={annotation.id === selectedAnnotationId ? 'true' : undefined}
                  data-annotation-id={annotation.id}
                  data-tag={annotation.tag}
                  onClick={() => onSelect(annotation.id)}
                >
                  <span className="annotation-tag">
                    {labels.get(annotation.tag) ?? annotation.tag}
                    {paragraph !== undefined && <span className="annotation-paragraph"> · paragraph {paragraph}</span>}
                  </span>{' '}
                  <q className="annotation-quote" dir="auto">{annotation.quote}</q>
                </button>
                {/* Beside the button, not in it: its description, not its name; a click on it still lands on the button (CSS). */}
                {details && <span className="annotation-details" id={`details-${annotation.id}`}>{details}</span>}
              </li>
            )
          })}
        </ul>
      </div>
    </aside>
  )
}
