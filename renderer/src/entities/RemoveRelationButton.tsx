import { useActions } from '../store/context'
import type { useEntityAction } from './use-entity-action'

interface RemoveRelationButtonProps {
  documentId: string
  relationId: string
  /** The relation as the list shows it ("Supports “…”"): the button's name and the message after. */
  text: string
  action: Pick<ReturnType<typeof useEntityAction>, 'busy' | 'run'>
}

/** Removes one relation (one undo step), for the lists of relations within and across documents. */
export function RemoveRelationButton({ documentId, relationId, text, action }: RemoveRelationButtonProps) {
  const actions = useActions()
  return (
    <button
      type="button"
      disabled={action.busy}
      aria-label={`Remove: ${text}`}
      onClick={() => void action.run(actions.write('relations.remove', { documentId, relationId }), () => `Removed: ${text}.`)}
    >
      Remove
    </button>
  )
}
