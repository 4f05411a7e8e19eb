import { useState } from 'react'
import '../styles/fields.css'
import type { AttributeDefinition } from '@core/shared/model/attributes'
import type { TagDefinition } from '@core/shared/model/project'
import { say } from '@core/shared/i18n/said'
import { tagColourMismatch } from '@core/shared/tags/contrast'
import { trimRuns } from '@core/shared/text/trim-runs'
import { errorText } from '../api/client'
import { useT } from '../i18n/I18nProvider'
import { useActions } from '../store/context'
import { RichMessage, userText } from '../i18n/user-text'
import { Dialog } from '../shared/Dialog'
import { TagAttributesEditor } from './TagAttributesEditor'

interface TagSchemaDialogProps {
  tags: readonly TagDefinition[]
  /** Annotations per tag id, across the project. */
  usage: Record<string, number>
  onClose(): void
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9']

function tagId(label: string, tags: readonly TagDefinition[]): string {
  const base = trimRuns(label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-'), /-/).replace(/^(\d)/, 't-$1').slice(0, 32) || 'tag'
  let id = base
  for (let n = 2; tags.some((t) => t.id === id); n += 1) id = `${base}-${n}`
  return id
}

/**
 * The project's tag schema: add, rename, recolour (checked for contrast), reorder, set keys, edit
 * attributes, delete (deleting or moving the tag's annotations). Each change is one undoable step.
 */
export function TagSchemaDialog({ tags, usage, onClose }: TagSchemaDialogProps) {
  const translator = useT()
  const { t } = translator
  const actions = useActions()
  const [error, setError] = useState<string | null>(null)
  const [editing, setEditing] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<string | null>(null)
  const [newLabel, setNewLabel] = useState('')
  const [newColour, setNewColour] = useState('#7c3aed')

  async function run(work: () => Promise<unknown>): Promise<boolean> {
    try {
      await work()
      setError(null)
      return true
    } catch (failure) {
      setError(errorText(failure, translator))
      return false
    }
  }
  const update = (id: string, changes: { label?: string; color?: string; key?: string | null; attributes?: AttributeDefinition[]; description?: string }) =>
    run(() => actions.write('tags.update', { tagId: id, changes }))

  return (
    <Dialog title={t('tags.schema.title')} onClose={onClose} className="schema-dialog">
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <ol className="schema-list">
        {tags.map((tag, index) => (
          <li key={tag.id} className="schema-row" data-tag={tag.id}>
            <span className="swatch" aria-hidden="true" />
            <input dir="auto"
              aria-label={t('tags.schema.nameOf', { tag: userText(translator, tag.label) })}
              defaultValue={tag.label}
              key={`label-${tag.label}`}
              onBlur={(event) => {
                const label = event.target.value.trim()
                if (label && label !== tag.label) void update(tag.id, { label })
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') event.currentTarget.blur()
              }}
            />
            <input
              type="color"
              aria-label={t('tags.schema.colourOf', { tag: userText(translator, tag.label) })}
              defaultValue={tag.color}
              key={`colour-${tag.color}`}
              onChange={(event) => {
                const color = event.target.value
                const problem = tagColourMismatch(color)
                if (problem) setError(say(translator, problem))
                else void update(tag.id, { color })
              }}
            />
            <select aria-label={t('tags.schema.keyOf', { tag: userText(translator, tag.label) })} value={tag.key ?? ''} onChange={(event) => void update(tag.id, { key: event.target.value || null })}>
              <option value="">{t('tags.schema.noKey')}</option>
              {KEYS.map((key) => {
                const owner = tags.find((other) => other.key === key && other.id !== tag.id)
                return (
                  <option dir="auto" key={key} value={key} disabled={owner !== undefined}>
                    {key}
                    {owner ? ` (${owner.label})` : ''}
                  </option>
                )
              })}
            </select>
            <button type="button" aria-label={t('tags.schema.moveUp', { tag: userText(translator, tag.label) })} disabled={index === 0} onClick={() => void run(() => actions.write('tags.move', { tagId: tag.id, index: index - 1 }))}>
              ↑
            </button>
            <button
              type="button"
              aria-label={t('tags.schema.moveDown', { tag: userText(translator, tag.label) })}
              disabled={index === tags.length - 1}
              onClick={() => void run(() => actions.write('tags.move', { tagId: tag.id, index: index + 1 }))}
            >
              ↓
            </button>
            <button type="button" aria-expanded={editing === tag.id} onClick={() => setEditing(editing === tag.id ? null : tag.id)}>
              <RichMessage id="tags.schema.attributesOf" values={{ tag: <bdi>{tag.label}</bdi> }} />
            </button>
            <button type="button" onClick={() => setDeleting(tag.id)} disabled={tags.length === 1}>
              <RichMessage id="tags.schema.delete" values={{ tag: <bdi>{tag.label}</bdi> }} />
            </button>
            <label className="tag-guideline-field">
              {/* One flex item, as the label's text was before the tag name sat in its own <bdi>. */}
              <span>
                <RichMessage id="tags.schema.guidelineOf" values={{ tag: <bdi>{tag.label}</bdi> }} />
              </span>{' '}
              <span className="field-hint">{t('tags.schema.guidelineHint')}</span>
              <textarea
                key={`guideline-${tag.description ?? ''}`}
                dir="auto"
                rows={2}
                defaultValue={tag.description ?? ''}
                onBlur={(event) => {
                  const description = event.currentTarget.value
                  if (description !== (tag.description ?? '')) void update(tag.id, { description })
                }}
              />
            </label>
            {editing === tag.id && (
              <TagAttributesEditor key={JSON.stringify(tag.attributes)} tagLabel={tag.label} attributes={tag.attributes} onSave={(attributes) => update(tag.id, { attributes })} />
            )}
            {deleting === tag.id && (
              <DeleteTagChoice
                tag={tag}
                others={tags.filter((other) => other.id !== tag.id)}
                count={usage[tag.id] ?? 0}
                onCancel={() => setDeleting(null)}
                onConfirm={(annotations) => void run(() => actions.write('tags.delete', { tagId: tag.id, annotations })).then((ok) => ok && setDeleting(null))}
              />
            )}
          </li>
        ))}
      </ol>
      <form
        className="schema-add"
        onSubmit={(event) => {
          event.preventDefault()
          const label = newLabel.trim()
          if (!label) return
          const key = KEYS.find((k) => !tags.some((other) => other.key === k)) ?? null
          void run(() => actions.write('tags.add', { tag: { id: tagId(label, tags), label, color: newColour, key, attributes: [] } })).then((ok) => ok && setNewLabel(''))
        }}
      >
        <input dir="auto" aria-label={t('tags.schema.newName')} placeholder={t('tags.schema.newPlaceholder')} value={newLabel} onChange={(event) => setNewLabel(event.target.value)} />
        <input type="color" aria-label={t('tags.schema.newColour')} value={newColour} onChange={(event) => setNewColour(event.target.value)} />
        <button type="submit">{t('tags.schema.add')}</button>
      </form>
    </Dialog>
  )
}

interface DeleteTagChoiceProps {
  tag: TagDefinition
  others: readonly TagDefinition[]
  count: number
  onCancel(): void
  onConfirm(annotations: 'delete' | { moveTo: string }): void
}

function DeleteTagChoice({ tag, others, count, onCancel, onConfirm }: DeleteTagChoiceProps) {
  const translator = useT()
  const { t } = translator
  const [mode, setMode] = useState<'delete' | 'move'>('move')
  const [target, setTarget] = useState(others[0]?.id ?? '')
  if (count === 0) {
    return (
      <div className="delete-choice" role="group" aria-label={t('tags.schema.delete', { tag: userText(translator, tag.label) })}>
        <p>
          <RichMessage id="tags.delete.unused" values={{ tag: <bdi>{tag.label}</bdi> }} />
        </p>
        <button type="button" className="danger" onClick={() => onConfirm('delete')}>
          <RichMessage id="tags.delete.confirm" values={{ tag: <bdi>{tag.label}</bdi> }} />
        </button>
        <button type="button" onClick={onCancel}>
          {t('tags.delete.cancel')}
        </button>
      </div>
    )
  }
  return (
    <fieldset className="delete-choice">
      <legend>
        <RichMessage id="tags.delete.used" values={{ tag: <bdi>{tag.label}</bdi>, count }} />
      </legend>
      <label>
        <input type="radio" name={`delete-${tag.id}`} checked={mode === 'move'} onChange={() => setMode('move')} /> {t('tags.delete.moveTo')}
      </label>
      <select aria-label={t('tags.delete.moveTarget')} value={target} onChange={(event) => setTarget(event.target.value)} disabled={mode !== 'move'}>
        {others.map((other) => (
          <option dir="auto" key={other.id} value={other.id}>
            <bdi>{other.label}</bdi>
          </option>
        ))}
      </select>
      <label>
        <input type="radio" name={`delete-${tag.id}`} checked={mode === 'delete'} onChange={() => setMode('delete')} /> {t('tags.delete.deleteAnnotations', { count })}
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('tags.delete.cancel')}
        </button>
        <button type="button" className="danger" onClick={() => onConfirm(mode === 'delete' ? 'delete' : { moveTo: target })}>
          <RichMessage id="tags.delete.confirm" values={{ tag: <bdi>{tag.label}</bdi> }} />
        </button>
      </div>
    </fieldset>
  )
}
