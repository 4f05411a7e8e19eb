import { useEffect, useId, useState } from 'react'
import type { ListedRelation } from '@core/shared/model/relation-listing'
import { useT } from '../i18n/I18nProvider'
import { relationLabel, relationWithQuote } from '../entities/related-ends'
import { useEntityAction } from '../entities/use-entity-action'
import { useClient, useProjectState } from '../store/context'
import { shortQuote } from './short-quote'
import { openSpan } from './span-opener'
import { RemoveRelationButton } from '../entities/RemoveRelationButton'
import { userText } from '../i18n/user-text'

/**
 * The relations across documents with this annotation at one end (those inside the article are listed
 * and drawn with the others): the other end's quote, outlet and title, a button that opens that article
 * at it, and Remove (undoable).
 */
export function CrossRelationList({ documentId, annotationId }: { documentId: string; annotationId: string }) {
  const client = useClient()
  const translator = useT()
  const { t } = translator
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
      <h3 id={`${id}-title`}>{t('relations.cross.title')}</h3>
      <ul>
        {listed.map((relation) => {
          const other = relation.other
          const text = relationWithQuote(translator, relationLabel(translator, relation.type, relation.direction, types), other ? shortQuote(other.quote) : t('relations.cross.unreadable'))
          const source = other?.source || t('relations.unknownOutlet')
          const where = other ? `${userText(translator, source)}: ${userText(translator, other.documentTitle)}` : ''
          return (
            <li key={relation.id} className="relation-item" data-relation-type={relation.type}>
              <span>
                <bdi>{text}</bdi>{' '}
                {other && (
                  <span className="field-hint">
                    <bdi>{source}</bdi>: <bdi>{other.documentTitle}</bdi>
                  </span>
                )}
              </span>
              {other && (
                <button type="button" aria-label={t('relations.cross.openLabel', { relation: text, where })} onClick={() => openSpan({ documentId: other.documentId, annotationId: other.annotationId, start: 0 })}>
                  {t('relations.cross.open')}
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
