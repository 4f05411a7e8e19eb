import { useEffect, useId, useState } from 'react'
import type { ListedRelation } from '@core/shared/model/relation-listing'
import { relationLabel } from '../entities/related-ends'
import { useEntityAction } from '../entities/use-entity-action'
import { useClient, useProjectState } from '../store/context'
import { shortQuote } from './short-quote'
import { openSpan } from './span-opener'
import { RemoveRelationButton } from '../entities/RemoveRelationButton'

/**
 * The relations across documents with this annotation at one end (those inside the article are listed
 * and drawn with the others): the other end's quote, outlet and title, a button that opens that article
 * at it, and Remove (undoable).
 */
export function CrossRelationList({ documentId, annotationId }: { documentId: string; annotationId: string }) {
  const client = useClient()
  const id = useId()
  const version = useProjectState((state) => state.relationsVersion)
  const types = useProjectState((state) => state.project?.relationTypes)
  const [listed, setListed] = useState<ListedRelation[]>([])
  const { busy, status, run } = useEntityAction()

  useEffect(() => {
    let live = true
    client.call('relations.ofAnnotation', { documentId, annotationId }).then(
      (all) => live && setListed(all.filter((r) => r.documentId === null)),
      () => live && setListed([])
    )
    return () => {
      live = false
    }
  }, [client, documentId, annotationId, version])

  if (listed.length === 0 && !status) return null
  return (
    <section className="relation-list cross-relation-list" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>In other documents</h3>
      <ul>
        {listed.map((relation) => {
          const other = relation.other
          const text = `${relationLabel(relation.type, relation.direction, types)} “${other ? shortQuote(other.quote) : 'an annotation that cannot be read'}”`
          const where = other ? `${other.source || 'Unknown outlet'}: ${other.documentTitle}` : ''
          return (
            <li key={relation.id} className="relation-item" data-relation-type={relation.type}>
              <span>
                <bdi>{text}</bdi>{' '}
                {other && (
                  <span className="field-hint">
                    <bdi>{other.source || 'Unknown outlet'}</bdi>: <bdi>{other.documentTitle}</bdi>
                  </span>
                )}
              </span>
              {other && (
                <button type="button" aria-label={`Open: ${text} in ${where}`} onClick={() => openSpan({ documentId: other.documentId, annotationId: other.annotationId, start: 0 })}>
                  Open
                </button>
              )}
              <RemoveRelationButton documentId={documentId} relationId={relation.id} text={text} action={{ busy, run }} />
            </li>
          )
        })}
      </ul>
      <p className="field-status" role="status">
        {status && <span className={status.kind === 'error' ? 'field-error' : undefined}>{status.text}</span>}
      </p>
    </section>
  )
}
