import { useT } from '../i18n/I18nProvider'
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
  const { t } = useT()
  return (
    <button
      type="button"
      disabled={action.busy}
      aria-label={t('entities.relations.removeLabel', { relation: text })}
      onClick={() => void action.run(actions.write('relations.remove', { documentId, relationId }), () => t('entities.relations.removed', { relation: text }))}
    >
      {t('entities.relations.remove')}
    </button>
  )
}
