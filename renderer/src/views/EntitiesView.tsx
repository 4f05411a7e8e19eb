import { useState } from 'react'
import type { EntitiesView as EntitiesData } from '@core/shared/model/views'
import type { TagDefinition } from '@core/shared/model/project'
import { useClient } from '../store/context'
import { useViewFieldFilter } from './use-view-field-filter'
import { EntityEditorDialog } from '../entities/EntityEditorDialog'
import { EntityMatrix } from './EntityMatrix'
import { MentionLines } from './MentionLines'
import { outletLabel, type OpenSpan } from './span-target'
import { useCorpusView } from './use-corpus-view'

/** Rows drawn at first (a large project has thousands of entities; the most mentioned come first). */
const ROWS_PAGE = 50

interface EntitiesViewProps {
  tags: readonly TagDefinition[]
  onOpenSpan: OpenSpan
}

/**
 * Every entity with its type, mentions per outlet and documents; choosing one lists its mentions in
 * context. Below, the outlet × entity matrix.
 */
export function EntitiesView({ tags, onOpenSpan }: EntitiesViewProps) {
  const client = useClient()
  const { documentField, control } = useViewFieldFilter()
  const { data, error } = useCorpusView<EntitiesData>(`entities:${JSON.stringify(documentField ?? null)}`, () =>
    client.call('views.entities', documentField ? { documentField } : {})
  )
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [shown, setShown] = useState(ROWS_PAGE)
  const [editing, setEditing] = useState<string | null>(null)
  const tagLabel = (id: string) => tags.find((t) => t.id === id)?.label ?? id
  const selected = data?.entities.find((e) => e.id === selectedId) ?? null

  return (
    <div className="corpus-view">
      <h2 className="view-title">Entities</h2>
      {control}
      {error && <p className="view-error" role="alert">{error}</p>}
      {!data && !error && <p className="empty-hint">Counting mentions…</p>}
      {data && data.entities.length === 0 && (
        <div className="view-empty">
          <p>No entities yet.</p>
          <p>Select an Actor or Place highlight in the reader and link it to an entity in the detail panel; its mentions across the corpus are then counted here, by outlet.</p>
        </div>
      )}
      {data && data.entities.length > 0 && (
        <div className="table-scroller" tabIndex={0} role="group" aria-label="Entities table">
          <table className="view-table">
            <caption className="visually-hidden">Entities, most mentioned first; choose one to list its mentions</caption>
            <thead>
              <tr>
                <th scope="col">Entity</th>
                <th scope="col">Type</th>
                <th scope="col" className="numeric">Documents</th>
                <th scope="col" className="numeric">Mentions</th>
                <th scope="col">Mentions by outlet</th>
              </tr>
            </thead>
            <tbody>
              {data.entities.slice(0, shown).map((entity) => (
                <tr key={entity.id} className={entity.id === selectedId ? 'selected-row' : undefined}>
                  <th scope="row">
                    <button type="button" className="row-button" aria-pressed={entity.id === selectedId} onClick={() => setSelectedId(entity.id === selectedId ? null : entity.id)}>
                      <bdi>{entity.name}</bdi>
                    </button>
                    {entity.aliases.length > 0 && <span className="view-aliases">also {entity.aliases.join(', ')}</span>}
                  </th>
                  <td>{tagLabel(entity.type)}</td>
                  <td className="numeric">{entity.documentCount}</td>
                  <td className="numeric">{entity.mentionCount}</td>
                  <td>
                    <ul className="outlet-counts">
                      {Object.entries(entity.mentionsByOutlet)
                        .sort(([a], [b]) => a.localeCompare(b))
                        .map(([outlet, count]) => (
                          <li key={outlet}>
                            <bdi>{outletLabel(outlet)}</bdi> <span className="outlet-count">{count}</span>
                          </li>
                        ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.entities.length > shown && (
        <button type="button" className="view-more" onClick={() => setShown((n) => n + ROWS_PAGE)}>
          Show more entities ({data.entities.length - shown} left)
        </button>
      )}
      {selected && (
        <div className="view-toolbar">
          <button type="button" onClick={() => setEditing(selected.id)}>
            Edit entity ‘<bdi>{selected.name}</bdi>’…
          </button>
        </div>
      )}
      {selected && <MentionLines key={selected.id} entity={selected} onOpenSpan={onOpenSpan} />}
      {editing && <EntityEditorDialog entityId={editing} onClose={() => setEditing(null)} />}
      {data && <EntityMatrix view={data} />}
    </div>
  )
}
