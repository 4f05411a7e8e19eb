import type { Relation } from '@core/shared/model/relation'
import { useProjectState } from '../store/context'
import type { ShownAnnotation } from '../store/pending-annotations'
import { useT } from '../i18n/I18nProvider'
import { relatedEnds, relationLabel, relationWithQuote } from './related-ends'
import { useEntityAction } from './use-entity-action'
import { RemoveRelationButton } from './RemoveRelationButton'

interface RelationListProps {
  documentId: string
  annotationId: string
  annotations: readonly ShownAnnotation[]
  relations: readonly Relation[]
}

/** The relations with this annotation at either end, each with a button that removes it (undoable). */
export function RelationList({ documentId, annotationId, annotations, relations }: RelationListProps) {
  const { busy, status, run } = useEntityAction()
  const translator = useT()
  const { t } = translator
  const ends = relatedEnds(relations, annotationId)
  const types = useProjectState((state) => state.project?.relationTypes)
  if (ends.length === 0 && !status) return null
  const quoteOf = (id: string) => annotations.find((a) => a.id === id)?.quote.replace(/\s+/g, ' ') ?? t('entities.relations.unknownEnd')
  return (
    <section className="relation-list" aria-labelledby="relation-list-title">
      <h3 id="relation-list-title">{t('entities.relations.title')}</h3>
      <ul>
        {ends.map(({ relation, otherId, direction }) => {
          const text = relationWithQuote(translator, relationLabel(translator, relation.type, direction, types), quoteOf(otherId))
          return (
            <li key={relation.id} className="relation-item" data-relation-type={relation.type}>
              <bdi>{text}</bdi>
              <RemoveRelationButton documentId={documentId} relationId={relation.id} text={text} action={{ busy, run }} />
            </li>
          )
        })}
      </ul>
      <p className="field-status" role="status">
        {busy ? t('entities.saving') : status && <span className={status.kind === 'error' ? 'field-error' : undefined}>{status.text}</span>}
      </p>
    </section>
  )
}
