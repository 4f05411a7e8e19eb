import { useEffect, useId, useRef, useState } from 'react'
import type { AdjudicationStretch } from '@core/shared/model/adjudication'
import type { DisagreementSpan } from '@core/shared/model/agreement'
import type { TagDefinition } from '@core/shared/model/project'
import { useT } from '../i18n/I18nProvider'
import { SpanLine } from './SpanLine'

interface ReviewWriterProps {
  stretch: AdjudicationStretch
  tags: readonly TagDefinition[]
  tagLabel(tagId: string): string
  onSave(spans: DisagreementSpan[]): void
  onCancel(): void
}

/** The document offset of a point of a selection inside a drawn line: its run's start plus the offset in the run. */
function offsetOf(node: Node | null, inNode: number): number | null {
  const element = node instanceof Element ? node : node?.parentElement
  const run = element?.closest<HTMLElement>('.review-run')
  if (!run?.dataset.start) return null
  return Number(run.dataset.start) + (node instanceof Text ? inNode : 0)
}

/**
 * Writing the curated version of a disagreement: it starts from what the curated layer holds there; the curator
 * selects text in the stretch and adds a span of the chosen tag, removes spans, then saves them as the decision.
 */
export function ReviewWriter({ stretch, tags, tagLabel, onSave, onCancel }: ReviewWriterProps) {
  const { t } = useT()
  const [spans, setSpans] = useState<DisagreementSpan[]>(stretch.curated)
  const [tag, setTag] = useState(tags[0]?.id ?? '')
  const [selected, setSelected] = useState<{ start: number; end: number } | null>(null)
  const lineRef = useRef<HTMLDivElement>(null)
  const tagFieldId = useId()
  const first = useRef<HTMLDivElement>(null)

  useEffect(() => first.current?.focus(), [])
  useEffect(() => {
    function onSelectionChange() {
      const selection = window.getSelection()
      if (!selection || selection.isCollapsed || !lineRef.current?.contains(selection.anchorNode) || !lineRef.current.contains(selection.focusNode)) return setSelected(null)
      const a = offsetOf(selection.anchorNode, selection.anchorOffset)
      const b = offsetOf(selection.focusNode, selection.focusOffset)
      if (a === null || b === null || a === b) return setSelected(null)
      setSelected({ start: Math.min(a, b), end: Math.max(a, b) })
    }
    document.addEventListener('selectionchange', onSelectionChange)
    return () => document.removeEventListener('selectionchange', onSelectionChange)
  }, [])

  function add() {
    if (!selected || !tag) return
    const span = { ...selected, tag }
    if (!spans.some((other) => other.start === span.start && other.end === span.end && other.tag === span.tag)) {
      setSpans([...spans, span].sort((a, b) => a.start - b.start || a.end - b.end))
    }
    window.getSelection()?.removeAllRanges()
  }

  const quote = (span: DisagreementSpan) => stretch.context.text.slice(span.start - stretch.start, span.end - stretch.start)
  return (
    <section className="review-writer" aria-labelledby="review-writer-heading">
      <h3 id="review-writer-heading" className="view-heading">
        {t('review.writeHeading')}
      </h3>
      <p className="view-note">{t('review.writeHelp')}</p>
      <div ref={(element) => { lineRef.current = element; first.current = element }} className="review-write-line" tabIndex={-1} role="group" aria-label={t('review.writeText')}>
        <SpanLine text={stretch.context.text} offset={stretch.start} spans={spans} tagLabel={tagLabel} />
      </div>
      <div className="review-write-add">
        <label htmlFor={tagFieldId}>{t('review.writeTag')}</label>
        <select id={tagFieldId} value={tag} onChange={(event) => setTag(event.target.value)}>
          {tags.map((definition) => (
            <option key={definition.id} value={definition.id}>
              {definition.label}
            </option>
          ))}
        </select>
        <button type="button" disabled={!selected || !tag} onMouseDown={(event) => event.preventDefault()} onClick={add}>
          {selected ? t('review.writeAddSelected', { quote: stretch.context.text.slice(selected.start - stretch.start, selected.end - stretch.start) }) : t('review.writeAdd')}
        </button>
      </div>
      {spans.length === 0 ? (
        <p className="view-note">{t('review.writeEmpty')}</p>
      ) : (
        <ul className="review-write-spans">
          {spans.map((span) => (
            <li key={`${span.tag}/${span.start}/${span.end}`}>
              <span className="review-label" data-tag={span.tag}>
                {tagLabel(span.tag)}
              </span>{' '}
              <q>{quote(span)}</q>{' '}
              <button type="button" onClick={() => setSpans(spans.filter((other) => other !== span))} aria-label={t('review.writeRemove', { tag: tagLabel(span.tag), quote: quote(span) })}>
                {t('review.writeRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="review-actions">
        <button type="button" className="primary" onClick={() => onSave(spans)}>
          {t('review.writeSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('review.writeCancel')}
        </button>
      </div>
    </section>
  )
}
