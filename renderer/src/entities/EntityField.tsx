import { useEffect, useState, type ReactNode } from 'react'
import type { Entity } from '@core/shared/model/entity'
import { useT } from '../i18n/I18nProvider'
import { useActions, useClient, useProjectState } from '../store/context'
import type { ShownAnnotation } from '../store/pending-annotations'
import { Combobox, type ComboboxOption } from './Combobox'
import { EntityEditorDialog } from './EntityEditorDialog'
import { LinkAllButton } from './LinkAllButton'
import { useEntity } from './use-entity'
import { useEntityAction } from './use-entity-action'
import { keyed, userText } from '../i18n/user-text'
import { nameList } from './name-list'

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
  const translator = useT()
  const { t } = translator
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
      label: e.id === entity?.id ? t('entities.field.linkedOption', { name: userText(translator, e.name) }) : e.name,
      detail: e.aliases.length > 0 ? t('entities.also', { aliases: nameList(translator, e.aliases) }) : undefined
    })),
    { id: CREATE_OPTION, label: t('entities.field.create', { name: userText(translator, newName) }) }
  ]

  function choose(option: ComboboxOption) {
    setQuery('')
    if (option.id === CREATE_OPTION) {
      void run(actions.write('entities.create', { documentId, annotationId, name: newName }), (created) => t('entities.field.created', { name: userText(translator, created.name) }))
    } else {
      void run(actions.write('entities.link', { documentId, annotationId, entityId: option.id }), () => t('entities.field.linked', { name: userText(translator, option.label) }))
    }
  }

  return (
    <div className="entity-field" aria-busy={busy}>
      <Combobox
        id="detail-entity"
        label={t('entities.field.label')}
        value={query}
        placeholder={entity ? t('entities.field.changeFrom', { name: userText(translator, entity.name) }) : t('entities.field.search')}
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
            {keyed(translator.rich('entities.field.linkedTo', { name: entity.name, strong }))}
            {entity.aliases.length > 0 && <span className="entity-aliases"> {t('entities.field.aliases', { aliases: nameList(translator, entity.aliases) })}</span>}
          </>
        ) : (
          t('entities.field.notLinked')
        )}
      </p>
      <div className="entity-actions">
        <LinkAllButton documentId={documentId} annotationId={annotationId} disabled={busy || unsaved} onStatus={setStatus} />
        {entity && (
          <>
            <button type="button" onClick={() => setEditing(true)}>
              {t('entities.field.edit')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => void run(actions.write('entities.link', { documentId, annotationId, entityId: null }), () => t('entities.field.unlinked', { name: userText(translator, entity.name) }))}
            >
              {t('entities.field.unlink')}
            </button>
          </>
        )}
      </div>
      <p className="field-status entity-status" role="status">
        {busy ? t('entities.saving') : status && <span className={status.kind === 'error' ? 'field-error' : undefined}>{status.text}</span>}
      </p>
      {editing && entity && <EntityEditorDialog entityId={entity.id} onClose={() => setEditing(false)} />}
    </div>
  )
}

/** The linked entity's name, strong and isolated. */
const strong = (chunks: ReactNode[]): ReactNode => (
  <strong>
    <bdi>{chunks}</bdi>
  </strong>
)
