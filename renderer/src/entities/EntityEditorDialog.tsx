import { useState, type FormEvent } from 'react'
import type { Entity } from '@core/shared/model/entity'
import { Dialog } from '../shared/Dialog'
import { EntityMergeField } from './EntityMergeField'
import { parseAliases, parseCoordinates } from './entity-form'
import { useEntity } from './use-entity'
import { useEntityAction } from './use-entity-action'
import { useActions } from '../store/context'

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
  return (
    <Dialog title={entity ? <>Entity ‘<bdi>{entity.name}</bdi>’</> : 'Entity'} onClose={onClose} className="entity-editor">
      {entity ? <EntityForm key={entity.id} entity={entity} onClose={onClose} /> : <p>Loading the entity…</p>}
    </Dialog>
  )
}

function EntityForm({ entity, onClose }: { entity: Entity; onClose(): void }) {
  const actions = useActions()
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
    const coordinates = isPlace ? parseCoordinates(latitude, longitude) : { ok: true as const, coordinates: entity.coordinates }
    if (!coordinates.ok) return setStatus({ kind: 'error', text: coordinates.error })
    const changes = { name: name.trim(), aliases: parseAliases(aliases), note, coordinates: coordinates.coordinates }
    void run(actions.write('entities.update', { entityId: entity.id, changes }), (saved) => `Saved ‘${saved.name}’.`)
  }

  function merge(targetId: string, targetName: string) {
    const merged = run(actions.write('entities.merge', { sourceId: entity.id, targetId }), (result) => `Merged into ‘${targetName}’: ${result.movedMentions} mentions moved.`)
    void merged.then((result) => result && onClose())
  }

  return (
    <div className="entity-editor-body">
      <form onSubmit={save} className="entity-form">
        <div className="field">
          <label htmlFor="entity-name">Name</label>
          <input dir="auto" id="entity-name" type="text" value={name} required onChange={(event) => setName(event.target.value)} />
        </div>
        <p className="entity-type">
          Type: <strong>{entity.type}</strong> <span className="field-hint">(the tag of its mentions)</span>
        </p>
        <div className="field">
          <label htmlFor="entity-aliases">Aliases</label>
          <textarea dir="auto" id="entity-aliases" rows={3} value={aliases} aria-describedby="entity-aliases-hint" onChange={(event) => setAliases(event.target.value)} />
          <span id="entity-aliases-hint" className="field-hint">
            One a line. Mentions matching an alias are offered as suggestions.
          </span>
        </div>
        <div className="field">
          <label htmlFor="entity-note">Note</label>
          <textarea dir="auto" id="entity-note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
        {isPlace && (
          <fieldset className="entity-coordinates">
            <legend>Coordinates (decimal degrees)</legend>
            <label htmlFor="entity-lat">Latitude</label>
            <input dir="auto" id="entity-lat" type="text" inputMode="decimal" value={latitude} onChange={(event) => setLatitude(event.target.value)} />
            <label htmlFor="entity-lon">Longitude</label>
            <input dir="auto" id="entity-lon" type="text" inputMode="decimal" value={longitude} onChange={(event) => setLongitude(event.target.value)} />
          </fieldset>
        )}
        <button type="submit" className="primary" disabled={busy}>
          Save
        </button>
      </form>
      <EntityMergeField entity={entity} disabled={busy} onMerge={merge} />
      <div className="entity-delete">
        {confirmDelete ? (
          <>
            <span>
              Delete ‘<bdi>{entity.name}</bdi>’? Its mentions stay, unlinked.
            </span>
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => void run(actions.write('entities.delete', { entityId: entity.id }), () => 'Deleted.').then((result) => result && onClose())}
            >
              Delete entity
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmDelete(true)}>
            Delete…
          </button>
        )}
      </div>
      <p className="field-status" role="status">
        {busy ? 'Saving…' : status && <span className={status.kind === 'error' ? 'field-error' : undefined}>{status.text}</span>}
      </p>
    </div>
  )
}
