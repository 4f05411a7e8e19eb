import type { Relation } from '@core/shared/model/relation'
import '../styles/entities.css'
import { useClient } from '../store/context'
import type { ShownAnnotation } from '../store/pending-annotations'
import { EntityField } from './EntityField'
import { EntitySuggestions } from './EntitySuggestions'
import { RelationField } from './RelationField'
import { RelationList } from './RelationList'
import { RelatePanel } from '../relations/RelatePanel'
import { useT } from '../i18n/I18nProvider'

interface AnnotationLinksProps {
  documentId: string
  annotation: ShownAnnotation
  annotations: readonly ShownAnnotation[]
  relations: readonly Relation[]
}

/**
 * What an annotation links to, in its detail panel: a mention's entity and suggestions, a claim's actor,
 * a figure's claim, and every relation it is part of. Mentions are what the core lets link to entities:
 * any tag but claim and figure (actors, places and custom tags).
 */
export function AnnotationLinks({ documentId, annotation, annotations, relations }: AnnotationLinksProps) {
  const client = useClient()
  const { t } = useT()
  const common = { client, documentId, annotation, annotations, relations }
  return (
    <div className="annotation-links">
      {annotation.tag === 'claim' ? (
        <RelationField {...common} type="attributed-to" targetTag="actor" label={t('entities.relation.attributedTo')} />
      ) : annotation.tag === 'figure' ? (
        <RelationField {...common} type="stated-in" targetTag="claim" label={t('entities.relation.statedIn')} />
      ) : (
        <>
          <EntityField documentId={documentId} annotation={annotation} />
          <EntitySuggestions documentId={documentId} annotationId={annotation.id} entityId={annotation.entityId} />
        </>
      )}
      <RelationList documentId={documentId} annotationId={annotation.id} annotations={annotations} relations={relations} />
      <RelatePanel documentId={documentId} annotation={annotation} annotations={annotations} />
    </div>
  )
}
