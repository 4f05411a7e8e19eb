import { Fragment, useState } from 'react'
import type { EntitiesView as EntitiesData, LeftOut } from '@core/shared/model/views'
import type { TagDefinition } from '@core/shared/model/project'
import { useClient } from '../store/context'
import { useViewFieldFilter } from './use-view-field-filter'
import { EntityEditorDialog } from '../entities/EntityEditorDialog'
import { EntityMatrix } from './EntityMatrix'
import { MentionLines } from './MentionLines'
import { outletLabel, type OpenSpan } from './span-target'
import { useCorpusView } from './use-corpus-view'
import { useT } from '../i18n/I18nProvider'
import { ViewLoading } from './ViewLoading'
import { LeftOutNotice } from './LeftOutNotice'

/** Rows drawn at first (a large project has thousands of entities; the most mentioned come first). */
const ROWS_PAGE = 50

interface EntitiesViewProps {
  tags: readonly TagDefinition[]
  onOpenSpan: OpenSpan
  onOpenDocument(documentId: string): void
}

/**
 * Every entity with its type, mentions per outlet and documents; choosing one lists its mentions in
 * context. Below, the outlet × entity matrix.
 */
export function EntitiesView({ tags, onOpenSpan, onOpenDocument }: EntitiesViewProps) {
  const client = useClient()
  const translator = useT()
  const { t, rich, number } = translator
  const { documentField, control } = useViewFieldFilter()
  const { data, error } = useCorpusView<EntitiesData & LeftOut>(`entities:${JSON.stringify(documentField ?? null)}`, () =>
    client.call('views.entities', documentField ? { documentField } : {})
  )
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [shown, setShown] = useState(ROWS_PAGE)
  const [editing, setEditing] = useState<string | null>(null)
  const tagLabel = (id: string) => tags.find((tag) => tag.id === id)?.label ?? id
  const selected = data?.entities.find((e) => e.id === selectedId) ?? null

  return (
    <div className="corpus-view">
      <h2 className="view-title">{t('views.entities.title')}</h2>
      {control}
      {error && <p className="view-error" role="alert">{error}</p>}
      {!data && !error && <ViewLoading text={t('views.entities.loading')} />}
      {data && <LeftOutNotice leftOut={data.leftOut} onOpenDocument={onOpenDocument} />}
      {data && data.entities.length === 0 && (
        <div className="view-empty">
          <p>{t('views.entities.empty')}</p>
          <p>{t('views.entities.emptyHelp')}</p>
        </div>
      )}
      {data && data.entities.length > 0 && (
        <div className="table-scroller" tabIndex={0} role="group" aria-label={t('views.entities.table')}>
          <table className="view-table">
            <caption className="visually-hidden">{t('views.entities.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('views.entities.column.entity')}</th>
                <th scope="col">{t('views.entities.column.type')}</th>
                <th scope="col" className="numeric">
                  {t('views.entities.column.documents')}
                </th>
                <th scope="col" className="numeric">
                  {t('views.entities.column.mentions')}
                </th>
                <th scope="col">{t('views.entities.column.byOutlet')}</th>
              </tr>
            </thead>
            <tbody>
              {data.entities.slice(0, shown).map((entity) => (
                <tr key={entity.id} className={entity.id === selectedId ? 'selected-row' : undefined}>
                  <th scope="row">
                    <button type="button" className="row-button" aria-pressed={entity.id === selectedId} onClick={() => setSelectedId(entity.id === selectedId ? null : entity.id)}>
                      <bdi>{entity.name}</bdi>
                    </button>
                    {entity.aliases.length > 0 && <span className="view-aliases">{rich('views.entities.aliases', { aliases: <Aliases key="aliases" aliases={entity.aliases} /> })}</span>}
                  </th>
                  <td>{tagLabel(entity.type)}</td>
                  <td className="numeric">{number(entity.documentCount)}</td>
                  <td className="numeric">{number(entity.mentionCount)}</td>
                  <td>
                    <ul className="outlet-counts">
                      {Object.entries(entity.mentionsByOutlet)
                        .sort(([a], [b]) => a.localeCompare(b))
                        .map(([outlet, count]) => (
                          <li key={outlet}>
                            <bdi>{outletLabel(outlet, translator)}</bdi> <span className="outlet-count">{number(count)}</span>
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
          {t('views.entities.more', { count: data.entities.length - shown })}
        </button>
      )}
      {selected && (
        <div className="view-toolbar">
          <button type="button" onClick={() => setEditing(selected.id)}>
            {rich('views.entities.edit', { name: <bdi key="name">{selected.name}</bdi> })}
          </button>
        </div>
      )}
      {selected && <MentionLines key={selected.id} entity={selected} onOpenSpan={onOpenSpan} />}
      {editing && <EntityEditorDialog entityId={editing} onClose={() => setEditing(null)} />}
      {data && <EntityMatrix view={data} />}
    </div>
  )
}

/** An entity's other names, each isolated (an Arabic alias beside a Latin one keeps its own order). */
function Aliases({ aliases }: { aliases: readonly string[] }) {
  const { t } = useT()
  const separator = t('views.entities.aliasSeparator')
  return aliases.map((alias, index) => (
    // By position: two aliases may be spelled alike.
    <Fragment key={index}>
      {index > 0 && separator}
      <bdi>{alias}</bdi>
    </Fragment>
  ))
}
