import { useEffect, useState } from 'react'
import type { Entity } from '@core/shared/model/entity'
import { useActions, useClient, useProjectState } from '../store/context'
import type { ShownAnnotation } from '../store/pending-annotations'
import { Combobox, type ComboboxOption } from './Combobox'
import { EntityEditorDialog } from './EntityEditorDialog'
import { LinkAllButton } from './LinkAllButton'
import { useEntity } from './use-entity'
import { useEntityAction } from './use-entity-action'

const CREATE_OPTION = 'create-entity'
const SEARCH_LIMIT = 8

interface EntityFieldProps {
  documentId: string
  annotation: ShownAnnotation
}

/**
 * The `Entity` of an actor or place mention: a combobox searching the project's entities by name and
 * alias as the user types (or creating one from the mention), Unlink, Edit, and `Link all`, which lists
 * then links the occurrences of the entity's name and aliases in the corpus. Each change is one undoable step in the core;
 * the status line says what the store now holds once it is written.
 */
export function EntityField({ documentId, annotation }: EntityFieldProps) {
  const client = useClient()
  const actions = useActions()
  const entity = useEntity(annotation.entityId)
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Entity[]>([])
  const [editing, setEditing] = useState(false)
  const { busy, status, run, setStatus } = useEntityAction()
  const annotationId = annotation.id
  const unsaved = annotation.pending !== undefined

  // Searched again when the entities change and each time the list opens.
  const entitiesVersion = useProjectState((state) => state.entitiesVersion)
  const [opened, setOpened] = useState(0)
  const searches = entitiesVersion + opened
  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      client.call('entities.list', { query: query.trim() || undefined, type: annotation.tag, limit: SEARCH_LIMIT }).then(
        (entities) => current && setFound(entities),
        () => undefined
      )
    }, 120)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [client, query, annotation.tag, searches])

  const newName = query.trim() || annotation.quote.trim()
  const options: ComboboxOption[] = [
    ...found.map((e) => ({
      id: e.id,
      label: e.id === entity?.id ? `${e.name} (linked)` : e.name,
      detail: e.aliases.length > 0 ? `also ${e.aliases.join(', ')}` : undefined
    })),
    { id: CREATE_OPTION, label: `Create entity ‘${newName}’` }
  ]

  function choose(option: ComboboxOption) {
    setQuery('')
    if (option.id === CREATE_OPTION) {
      void run(actions.write('entities.create', { documentId, annotationId, name: newName }), (created) => `Linked to new entity ‘${created.name}’.`)
    } else {
      void run(actions.write('entities.link', { documentId, annotationId, entityId: option.id }), () => `Linked to ‘${option.label}’.`)
    }
  }

  return (
    <div className="entity-field" aria-busy={busy}>
      <Combobox
        id="detail-entity"
        label="Entity"
        value={query}
        placeholder={entity ? `Change from ${entity.name}` : 'Search entities or create one'}
        options={options}
        disabled={unsaved}
        describedBy="detail-entity-linked"
        onInputChange={setQuery}
        onOpen={() => setOpened((n) => n + 1)}
        onChoose={choose}
      />
      <p id="detail-entity-linked" className="entity-linked">
        {entity ? (
          <>
            Linked to{' '}
            <strong>
              <bdi>{entity.name}</bdi>
            </strong>
            {entity.aliases.length > 0 && <span className="entity-aliases"> (also {entity.aliases.join(', ')})</span>}
          </>
        ) : (
          'Not linked to an entity'
        )}
      </p>
      <div className="entity-actions">
        <LinkAllButton documentId={documentId} annotationId={annotationId} disabled={busy || unsaved} onStatus={setStatus} />
        {entity && (
          <>
            <button type="button" onClick={() => setEditing(true)}>
              Edit entity…
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => void run(actions.write('entities.link', { documentId, annotationId, entityId: null }), () => `Unlinked from ‘${entity.name}’.`)}
            >
              Unlink
            </button>
          </>
        )}
      </div>
      <p className="field-status entity-status" role="status">
        {busy ? 'Saving…' : status && <span className={status.kind === 'error' ? 'field-error' : undefined}>{status.text}</span>}
      </p>
      {editing && entity && <EntityEditorDialog entityId={entity.id} onClose={() => setEditing(false)} />}
    </div>
  )
}
