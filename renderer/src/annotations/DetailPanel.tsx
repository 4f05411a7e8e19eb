import { useRef, Fragment } from 'react'
import '../styles/fields.css'
import type { TagDefinition } from '@core/shared/model/project'
import type { Relation } from '@core/shared/model/relation'
import { AnnotationLinks } from '../entities/AnnotationLinks'
import type { ShownAnnotation } from '../store/pending-annotations'
import { useT } from '../i18n/I18nProvider'
import { useActions } from '../store/context'
import { useDebouncedSave } from '../store/use-debounced-save'
import { Guideline } from '../tags/Guideline'
import { AttributeField } from './AttributeField'
import { CountedField, isCountedField } from './CountedField'

interface DetailPanelProps {
  documentId: string
  /** The selected annotation; another annotator's (a layer shown read-only) says so, and the store refuses changes to it. */
  annotation: ShownAnnotation
  tags: readonly TagDefinition[]
  /** The document's annotations and relations, for the Entity, Attributed to and Stated in fields. */
  annotations?: readonly ShownAnnotation[]
  relations?: readonly Relation[]
  onRetag(tagId: string): void
  onClose(): void
}

/**
 * The selected annotation in full: its tag, note and the attributes its tag defines, saved as the user
 * types; who made it and when. Mount it with `key={annotation.id}` so drafts never leak between annotations.
 */
export function DetailPanel({ documentId, annotation, tags, annotations = [], relations = [], onRetag, onClose }: DetailPanelProps) {
  const { t, dateTime } = useT()
  const tag = tags.find((definition) => definition.id === annotation.tag)
  const annotationId = annotation.id
  const actions = useActions()
  const noteField = useRef<HTMLTextAreaElement>(null)
  // A failed save rolls the field back to the stored note (the notice says it was not saved).
  const note = useDebouncedSave((text: string) => actions.setNote(documentId, annotationId, text), () => {
    if (noteField.current) noteField.current.value = annotation.note
  })

  return (
    <section
      className="detail-panel"
      aria-label={t('annotations.details')}
      data-tag={annotation.tag}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        }
      }}
    >
      <header className="detail-header">
        <h2 className="detail-title">{t('annotations.detailsTitle')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('annotations.closeDetails')}>
          ×
        </button>
      </header>
      <blockquote className="detail-quote" dir="auto">{annotation.quote}</blockquote>
      {annotation.layer && <p className="detail-read-only">{t('layers.readOnly', { author: annotation.author })}</p>}
      <div className="field">
        <label htmlFor="detail-tag">{t('annotations.tag')}</label>
        <select id="detail-tag" value={annotation.tag} onChange={(event) => onRetag(event.target.value)}>
          {tags.map((definition) => (
            <option dir="auto" key={definition.id} value={definition.id}>
              {definition.label}
            </option>
          ))}
        </select>
        <Guideline text={tag?.description} className="detail-guideline" />
      </div>
      {tag?.attributes.map((definition) => (
        <Fragment key={`${tag.id}:${definition.id}:${definition.type}`}>
          {isCountedField(tag.id, definition) ? (
            <CountedField
              documentId={documentId}
              annotationId={annotationId}
              label={definition.label}
              value={typeof annotation.attributes[definition.id] === 'string' ? String(annotation.attributes[definition.id]) : undefined}
              onSave={(value) => actions.setAttribute(documentId, annotationId, definition.id, value)}
            />
          ) : (
            <AttributeField
            definition={definition}
            value={annotation.attributes[definition.id]}
            onSave={(value) => actions.setAttribute(documentId, annotationId, definition.id, value)}
          />
          )}
          <Guideline text={definition.description} className="detail-guideline" />
        </Fragment>
      ))}
      <AnnotationLinks documentId={documentId} annotation={annotation} annotations={annotations} relations={relations} />
      <div className="field">
        <label htmlFor="detail-note">{t('annotations.note')}</label>
        <textarea dir="auto" ref={noteField} id="detail-note" rows={4} defaultValue={annotation.note} onChange={(event) => note.schedule(event.target.value)} />
        <span className="field-status" aria-live="polite">
          {note.pending ? t('annotations.saving') : ''}
        </span>
      </div>
      <dl className="detail-meta">
        <dt>{t('annotations.author')}</dt>
        <dd>{annotation.author || '—'}</dd>
        <dt>{t('annotations.created')}</dt>
        <dd>{dateTime(annotation.createdAt)}</dd>
        <dt>{t('annotations.changed')}</dt>
        <dd>{dateTime(annotation.updatedAt)}</dd>
      </dl>
    </section>
  )
}
