import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { RelationTypeDefinition } from '@core/shared/model/relation-types'
import type { RelationEnd } from '@core/shared/model/relation-listing'
import { Combobox, type ComboboxOption } from '../entities/Combobox'
import { startPick, stopPick, useHighlightPick } from '../entities/highlight-pick'
import { useEntityAction } from '../entities/use-entity-action'
import { relationWithQuote } from '../entities/related-ends'
import { userText } from '../i18n/user-text'
import { useT } from '../i18n/I18nProvider'
import { useActions, useClient, useProjectState } from '../store/context'
import type { ShownAnnotation } from '../store/pending-annotations'
import { CrossRelationList } from './CrossRelationList'
import { orList } from './describe-relation-type'
import { shortQuote } from './short-quote'

interface RelatePanelProps {
  documentId: string
  annotation: ShownAnnotation
  /** The open document's annotations (a highlight picked in the text is one of them). */
  annotations: readonly ShownAnnotation[]
}

/** The project's relation types this annotation may start (or, for a symmetric type, end). */
export function typesFor(types: readonly RelationTypeDefinition[], tag: string): RelationTypeDefinition[] {
  return types.filter((t) => t.from.includes(tag) || (!t.directed && t.to.includes(tag)))
}

/**
 * Relate…: relates the selected annotation to another by one of the project's types: choose the type,
 * then the target from a list (annotations of the allowed tags, this article first, then the others when
 * the type allows ends in two documents) or by Pick in text. Below, the relations across documents.
 */
export function RelatePanel({ documentId, annotation, annotations }: RelatePanelProps) {
  const allTypes = useProjectState((state) => state.project?.relationTypes)
  const types = useMemo(() => typesFor(allTypes ?? [], annotation.tag), [allTypes, annotation.tag])
  const [open, setOpen] = useState(false)
  const { t } = useT()
  const id = useId()
  return (
    <div className="relate-panel">
      {types.length > 0 && (
        <button type="button" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen(!open)}>
          {t('relations.relate.button')}
        </button>
      )}
      {open && types.length > 0 && <RelateForm id={`${id}-form`} documentId={documentId} annotation={annotation} annotations={annotations} types={types} onDone={() => setOpen(false)} />}
      <CrossRelationList documentId={documentId} annotationId={annotation.id} />
    </div>
  )
}

interface RelateFormProps extends RelatePanelProps {
  id: string
  types: readonly RelationTypeDefinition[]
  onDone(): void
}

function RelateForm({ id, documentId, annotation, annotations, types, onDone }: RelateFormProps) {
  const client = useClient()
  const actions = useActions()
  const translator = useT()
  const { t } = translator
  const [typeId, setTypeId] = useState(types[0]?.id ?? '')
  const type = types.find((candidate) => candidate.id === typeId) ?? types[0]
  const [query, setQuery] = useState('')
  const [candidates, setCandidates] = useState<RelationEnd[]>([])
  const { busy, status, run } = useEntityAction()
  const picking = useHighlightPick()
  const owner = `${annotation.id}:relate`
  const select = useRef<HTMLSelectElement>(null)
  const unsaved = annotation.pending !== undefined

  useEffect(() => select.current?.focus(), [])
  useEffect(() => {
    if (!type || unsaved) return
    let live = true
    client.call('relations.candidates', { documentId, annotationId: annotation.id, type: type.id, query, limit: 50 }).then(
      (found) => live && setCandidates(found.candidates),
      () => live && setCandidates([])
    )
    return () => {
      live = false
    }
  }, [client, documentId, annotation.id, type, query, unsaved])

  const relate = (target: { documentId: string; annotationId: string; quote: string }) => {
    if (!type) return
    stopPick(owner)
    const across = target.documentId !== documentId
    void run(
      actions.write('relations.add', { documentId, type: type.id, from: annotation.id, to: target.annotationId, ...(across ? { toDocumentId: target.documentId } : {}) }),
      () => `${relationWithQuote(translator, userText(translator, capitalise(type.label)), shortQuote(target.quote))}.`
    ).then((done) => {
      if (done) onDone()
    })
  }
  const relateRef = useRef(relate)
  useEffect(() => {
    relateRef.current = relate
  })
  useEffect(() => () => stopPick(owner), [owner])

  const options: ComboboxOption[] = candidates.map((c) => ({
    id: `${c.documentId}\u0000${c.annotationId}`,
    label: shortQuote(c.quote),
    detail: c.documentId === documentId ? t('relations.thisArticle') : `${userText(translator, c.source || t('relations.unknownOutlet'))}: ${userText(translator, c.documentTitle)}`
  }))
  const isPicking = picking?.owner === owner
  const allowed = type ? [...new Set([...(type.from.includes(annotation.tag) ? type.to : []), ...(!type.directed && type.to.includes(annotation.tag) ? type.from : [])])] : []

  return (
    <div
      id={id}
      className="relate-form"
      role="group"
      aria-label={t('relations.relate.label')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && isPicking) {
          event.stopPropagation()
          stopPick(owner)
        }
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('relations.relate.type')}</label>
        <select id={`${id}-type`} ref={select} value={type?.id} onChange={(event) => setTypeId(event.target.value)}>
          {types.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <Combobox
        id={`${id}-target`}
        label={t('relations.relate.target')}
        value={query}
        placeholder={t(type?.crossDocument ? 'relations.relate.filterAll' : 'relations.relate.filterHere')}
        options={options}
        emptyText={t('relations.relate.empty')}
        disabled={unsaved || busy}
        onInputChange={setQuery}
        onChoose={(option) => {
          const chosen = candidates.find((c) => `${c.documentId}\u0000${c.annotationId}` === option.id)
          if (chosen) relate(chosen)
        }}
      >
        <button
          type="button"
          aria-pressed={isPicking}
          disabled={unsaved}
          onClick={() =>
            isPicking
              ? stopPick(owner)
              : startPick({
                  owner,
                  tag: allowed[0] ?? '',
                  tags: allowed,
                  field: type?.label ?? t('relations.relate.field'),
                  onPick: (picked) => {
                    const quote = annotations.find((a) => a.id === picked)?.quote ?? ''
                    relateRef.current({ documentId, annotationId: picked, quote })
                  }
                })
          }
        >
          {t('relations.relate.pick')}
        </button>
      </Combobox>
      <p className="field-hint">{isPicking ? t('relations.relate.picking', { tags: orList(translator, allowed) }) : ''}</p>
      <p className="field-status" role="status">
        {busy ? t('relations.saving') : status && <span className={status.kind === 'error' ? 'field-error' : undefined}>{status.text}</span>}
      </p>
      <button type="button" onClick={onDone}>
        {t('relations.relate.cancel')}
      </button>
    </div>
  )
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}
