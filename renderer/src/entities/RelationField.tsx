import { useEffect, useMemo, useRef, useState } from 'react'
import type { Relation, RelationType } from '@core/shared/model/relation'
import { useT } from '../i18n/I18nProvider'
import { useActions } from '../store/context'
import type { ShownAnnotation } from '../store/pending-annotations'
import { Combobox, type ComboboxOption } from './Combobox'
import { startPick, stopPick, useHighlightPick } from './highlight-pick'
import { describePosition, nearestFirst } from './nearest-first'
import { relationWithQuote } from './related-ends'
import { filterByText } from './text-filter'
import { useEntityAction } from './use-entity-action'
import { articleFor, userText } from '../i18n/user-text'

const SHOWN = 30
const QUOTE_MAX = 90

interface RelationFieldProps {
  documentId: string
  annotation: ShownAnnotation
  annotations: readonly ShownAnnotation[]
  relations: readonly Relation[]
  type: RelationType
  /** The tag the other end carries: actors for `attributed-to`, claims for `stated-in`. */
  targetTag: string
  label: string
}

function shortQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim()
  return flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat
}

/**
 * Sets the annotation at the other end of a relation (a claim's `Attributed to`, a figure's `Stated in`):
 * a combobox of the document's annotations of the target tag, nearest first, filtered as the user types;
 * or, while the field is active, a click on such a highlight in the reader picks it instead of selecting it.
 */
export function RelationField({ documentId, annotation, annotations, relations, type, targetTag, label }: RelationFieldProps) {
  const actions = useActions()
  const translator = useT()
  const { t } = translator
  const [query, setQuery] = useState('')
  const { busy, status, run } = useEntityAction()
  const picking = useHighlightPick()
  const fieldId = `detail-relation-${type}`
  const unsaved = annotation.pending !== undefined
  const owner = `${annotation.id}:${type}`

  const currentId = relations.find((r) => r.type === type && r.from === annotation.id)?.to
  const current = currentId ? annotations.find((a) => a.id === currentId) : undefined
  const candidates = useMemo(
    () => nearestFirst(annotations.filter((a) => a.tag === targetTag && a.pending === undefined), annotation),
    [annotations, annotation, targetTag]
  )
  const options: ComboboxOption[] = filterByText(candidates, query, (a) => a.quote)
    .slice(0, SHOWN)
    .map((a) => ({ id: a.id, label: shortQuote(a.quote), detail: describePosition(translator, a, annotation) }))

  const link = (targetId: string) => {
    const target = annotations.find((a) => a.id === targetId)
    setQuery('')
    stopPick(owner)
    void run(actions.write('relations.add', { documentId, type, from: annotation.id, to: targetId }), () => `${relationWithQuote(translator, label, shortQuote(target?.quote ?? ''))}.`)
  }
  const linkRef = useRef(link)
  useEffect(() => {
    linkRef.current = link
  })

  const tag = { article: articleFor(targetTag), tag: userText(translator, targetTag) }
  const isPicking = picking?.owner === owner
  function beginPick() {
    if (unsaved || isPicking) return
    startPick({ owner, tag: targetTag, field: label, onPick: (id) => linkRef.current(id) })
  }
  const endPick = () => stopPick(owner)
  useEffect(() => () => stopPick(owner), [owner])
  useEffect(() => {
    if (!isPicking) return
    window.document.body.dataset.picking = targetTag
    return () => {
      delete window.document.body.dataset.picking
    }
  }, [isPicking, targetTag])

  return (
    <div
      className="relation-field"
      aria-busy={busy}
      onFocus={(event) => {
        if (event.target instanceof HTMLInputElement) beginPick()
      }}
      onBlur={(event) => {
        // Focus moving to another control ends picking; a click on the text (which may focus the reader's pane)
        // keeps it, and so does the Article tab of a narrow window (the way to the text there).
        const next = event.relatedTarget
        if (next instanceof Element && !event.currentTarget.contains(next) && !next.closest('.reader-pane, .pane-tabs')) endPick()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && isPicking) {
          event.stopPropagation()
          endPick()
        }
      }}
    >
      <Combobox
        id={fieldId}
        label={label}
        value={query}
        placeholder={t('entities.relationField.placeholder', tag)}
        options={options}
        emptyText={t(candidates.length === 0 ? 'entities.relationField.noneTagged' : 'entities.relationField.noMatch', tag)}
        disabled={unsaved}
        describedBy={`${fieldId}-hint`}
        onInputChange={setQuery}
        onChoose={(option) => link(option.id)}
      >
        <button type="button" aria-pressed={isPicking} onClick={() => (isPicking ? endPick() : beginPick())}>
          {t('entities.pick.button')}
        </button>
      </Combobox>
      <span id={`${fieldId}-hint`} className="field-hint">
        {isPicking
          ? t('entities.relationField.picking', tag)
          : current
            ? t('entities.relationField.current', { quote: userText(translator, shortQuote(current.quote)) })
            : t('entities.relationField.none', { count: candidates.length })}
      </span>
      <p className="field-status" role="status">
        {busy ? t('entities.saving') : status && <span className={status.kind === 'error' ? 'field-error' : undefined}>{status.text}</span>}
      </p>
    </div>
  )
}
