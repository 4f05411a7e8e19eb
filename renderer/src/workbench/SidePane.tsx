import type { TagDefinition } from '@core/shared/model/project'
import type { ShownAnnotation, ShownDocument } from '../store/pending-annotations'
import { AnnotationList } from '../annotations/AnnotationList'
import { DetailPanel } from '../annotations/DetailPanel'

interface SidePaneProps {
  document: ShownDocument | null
  tags: readonly TagDefinition[]
  selectedAnnotationId: string | null
  /** The selected annotation when its details are open (Escape closes them, Enter opens them again). */
  details: ShownAnnotation | null
  onRetag(annotationId: string, tagId: string): void
  onCloseDetails(): void
  onSelect(annotationId: string): void
}

/** The right-hand pane (a tab on a narrow window): the selected annotation's details above the document's annotations. */
export function SidePane({ document, tags, selectedAnnotationId, details, onRetag, onCloseDetails, onSelect }: SidePaneProps) {
  return (
    <div className="side-pane">
      {document && details && (
        <DetailPanel
          key={details.id}
          documentId={document.id}
          annotation={details}
          tags={tags}
          annotations={document.annotations}
          relations={document.relations}
          onRetag={(tagId) => onRetag(details.id, tagId)}
          onClose={onCloseDetails}
        />
      )}
      <AnnotationList
        tags={tags}
        text={document?.text ?? ''}
        annotations={document?.annotations ?? []}
        selectedAnnotationId={selectedAnnotationId}
        onSelect={onSelect}
      />
    </div>
  )
}
