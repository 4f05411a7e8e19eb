import { useState, type FormEvent, type ReactNode } from 'react'
import type { Entity } from '@core/shared/model/entity'
import { Dialog } from '../shared/Dialog'
import { EntityMergeField } from './EntityMergeField'
import { parseAliases, parseCoordinates } from './entity-form'
import { useEntity } from './use-entity'
import { useEntityAction } from './use-entity-action'
import { useActions } from '../store/context'
import { useT } from '../i18n/I18nProvider'
import { bdi, keyed, userText } from '../i18n/user-text'

interface EntityEditorDialogProps {
  entityId: string
  onClose(): void
}

/**
 * One entity's name, aliases, note and (for places) coordinates, saved together; merging it into
 * another entity (its mentions follow) or deleting it (its mentions stay, unlinked). Every change is
 * one step in the core's history, so Undo takes it back.
 */
export function EntityEditorDialog({ entityId, onClose }: EntityEditorDialogProps) {
  const entity = useEntity(entityId)
  const { t, rich } = useT()
  return (
    <Dialog title={entity ? <>{keyed(rich('entities.editor.title', { name: entity.name, bdi }))}</> : t('entities.editor.untitled')} onClose={onClose} className="entity-editor">
      {entity ? <EntityForm key={entity.id} entity={entity} onClose={onClose} /> : <p>{t('entities.editor.loading')}</p>}
    </Dialog>
  )
}

function EntityForm({ entity, onClose }: { entity: Entity; onClose(): void }) {
  const actions = useActions()
  const translator = useT()
  const { t } = translator
  const [name, setName] = useState(entity.name)
  const [aliases, setAliases] = useState(entity.aliases.join('\n'))
  const [note, setNote] = useState(entity.note)
  const [latitude, setLatitude] = useState(entity.coordinates ? String(entity.coordinates.lat) : '')
  const [longitude, setLongitude] = useState(entity.coordinates ? String(entity.coordinates.lon) : '')
  const [confirmDelete, setConfirmDelete] = useState(false)
  const { busy, status, run, setStatus } = useEntityAction()
  const isPlace = entity.type === 'place'

  function save(event: FormEvent) {
    event.preventDefault()
    const coordinates = isPlace ? parseCoordinates(translator, latitude, longitude) : { ok: true as const, coordinates: entity.coordinates }
    if (!coordinates.ok) return setStatus({ kind: 'error', text: coordinates.error })
    const changes = { name: name.trim(), aliases: parseAliases(aliases), note, coordinates: coordinates.coordinates }
    void run(actions.write('entities.update', { entityId: entity.id, changes }), (saved) => t('entities.editor.saved', { name: userText(translator, saved.name) }))
  }

  function merge(targetId: string, targetName: string) {
    const merged = run(actions.write('entities.merge', { sourceId: entity.id, targetId }), (result) =>
      t('entities.editor.merged', { name: userText(translator, targetName), count: result.movedMentions })
    )
    void merged.then((result) => result && onClose())
  }

  return (
    <div className="entity-editor-body">
      <form onSubmit={save} className="entity-form">
        <div className="field">
          <label htmlFor="entity-name">{t('entities.editor.name')}</label>
          <input dir="auto" id="entity-name" type="text" value={name} required onChange={(event) => setName(event.target.value)} />
        </div>
        <p className="entity-type">{keyed(translator.rich('entities.editor.type', { type: userText(translator, entity.type), strong, hint }))}</p>
        <div className="field">
          <label htmlFor="entity-aliases">{t('entities.editor.aliases')}</label>
          <textarea dir="auto" id="entity-aliases" rows={3} value={aliases} aria-describedby="entity-aliases-hint" onChange={(event) => setAliases(event.target.value)} />
          <span id="entity-aliases-hint" className="field-hint">
            {t('entities.editor.aliasesHint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor="entity-note">{t('entities.editor.note')}</label>
          <textarea dir="auto" id="entity-note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
        {isPlace && (
          <fieldset className="entity-coordinates">
            <legend>{t('entities.editor.coordinates')}</legend>
            <label htmlFor="entity-lat">{t('entities.editor.latitude')}</label>
            <input dir="auto" id="entity-lat" type="text" inputMode="decimal" value={latitude} onChange={(event) => setLatitude(event.target.value)} />
            <label htmlFor="entity-lon">{t('entities.editor.longitude')}</label>
            <input dir="auto" id="entity-lon" type="text" inputMode="decimal" value={longitude} onChange={(event) => setLongitude(event.target.value)} />
          </fieldset>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('entities.editor.save')}
        </button>
      </form>
      <EntityMergeField entity={entity} disabled={busy} onMerge={merge} />
      <div className="entity-delete">
        {confirmDelete ? (
          <>
            <span>{keyed(translator.rich('entities.editor.deleteQuestion', { name: entity.name, bdi }))}</span>
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => void run(actions.write('entities.delete', { entityId: entity.id }), () => t('entities.editor.deleted')).then((result) => result && onClose())}
            >
              {t('entities.editor.deleteEntity')}
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('entities.editor.keep')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmDelete(true)}>
            {t('entities.editor.deleteAsk')}
          </button>
        )}
      </div>
      <p className="field-status" role="status">
        {busy ? t('entities.saving') : status && <span className={status.kind === 'error' ? 'field-error' : undefined}>{status.text}</span>}
      </p>
    </div>
  )
}

const strong = (chunks: ReactNode[]): ReactNode => <strong>{chunks}</strong>
const hint = (chunks: ReactNode[]): ReactNode => <span className="field-hint">{chunks}</span>
