import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Annotation } from '@core/shared/model/annotation'
import type { TagDefinition } from '@core/shared/model/project'
import { paragraphsOfRepeatedQuotes } from '../format/paragraphs'
import { Legend } from '../tags/Legend'
import { useT } from '../i18n/I18nProvider'
import { detailsLine } from './annotation-details'

/** Every row has a third line: who made the annotation and when, then its attribute values and note. */
const ROW_HEIGHT_WITH_DETAILS = 78

interface AnnotationListProps {
  tags: readonly TagDefinition[]
  /** The open document's text: repeated quotes are told apart by their paragraph's number. */
  text?: string
  annotations: readonly Annotation[]
  selectedAnnotationId: string | null
  onSelect(annotationId: string): void
}

/** The open document's annotations in reading order; only the visible rows are rendered. */
export function AnnotationList({ tags, text: shownText = '', annotations: shownAnnotations, selectedAnnotationId, onSelect }: AnnotationListProps) {
  // A newly opened document (or a new slice of its annotations) is listed in a render of its own, after the
  // text is painted and in slices React can pause: sorting and laying out the list is no part of the open's task.
  const text = useDeferredValue(shownText)
  const annotations = useDeferredValue(shownAnnotations)
  const translator = useT()
  const { t, number } = translator
  const [annotator, setAnnotator] = useState('')
  const annotators = useMemo(() => [...new Set(annotations.map((a) => a.author))].sort((a, b) => a.localeCompare(b)), [annotations])
  const shownAnnotator = annotators.includes(annotator) ? annotator : ''
  const sorted = useMemo(
    () => annotations.filter((a) => !shownAnnotator || a.author === shownAnnotator).sort((a, b) => a.start - b.start || b.end - a.end),
    [annotations, shownAnnotator]
  )
  const labels = useMemo(() => new Map(tags.map((tag) => [tag.id, tag.label])), [tags])
  // Worked out only for the rows drawn, once per annotation state: a document may hold tens of thousands.
  const detailsOf = useMemo(() => {
    const byId = new Map(tags.map((tag) => [tag.id, tag]))
    const cache = new WeakMap<Annotation, string>()
    return (annotation: Annotation): string => {
      let line = cache.get(annotation)
      if (line === undefined) cache.set(annotation, (line = detailsLine(annotation, byId.get(annotation.tag), translator)))
      return line
    }
  }, [tags, translator])
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
    <aside className="pane annotation-pane" aria-label={t('annotations.pane')}>
      <h2 className="pane-title" id="annotation-pane-title" tabIndex={-1}>
        <span aria-hidden="true">{t('annotations.pane')}</span>{' '}
        <span className="pane-count" aria-hidden="true">
          {number(annotations.length)}
        </span>
        <span className="visually-hidden">{t('annotations.paneCount', { count: annotations.length })}</span>
      </h2>
      <Legend tags={tags} annotations={annotations} />
      {annotators.length > 0 && (
        <label className="annotator-filter">
          {t('annotations.annotator')}
          <select value={shownAnnotator} onChange={(event) => setAnnotator(event.target.value)}>
            <option value="">{t('annotations.everyone', { count: annotators.length })}</option>
            {annotators.map((name) => (
              <option dir="auto" key={name} value={name}>
                {name || t('annotations.unknownAuthor')}
              </option>
            ))}
          </select>
        </label>
      )}
      {sorted.length === 0 && <p className="empty-hint">{t('annotations.empty')}</p>}
      <div className="annotation-scroller" ref={scroller}>
        <ul className="annotation-list" aria-label={t('annotations.list')} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const annotation = sorted[row.index]
            if (!annotation) return null
            const details = detailsOf(annotation)
            const paragraph = paragraphs.get(annotation.id)
            // The name holds the visible text in its order (label in name): "Place, paragraph 2: Hama".
            const where = paragraph === undefined ? '' : t('annotations.inParagraph', { paragraph })
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
                    {paragraph !== undefined && <span className="annotation-paragraph"> · {t('annotations.paragraph', { paragraph })}</span>}
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
