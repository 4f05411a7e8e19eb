import { useState } from 'react'
import type { LinkMatch, LinkPreview } from '@core/shared/model/link-matches'
import { useT } from '../i18n/I18nProvider'
import { useActions, useClient } from '../store/context'
import { linkAllSummary } from './link-all-summary'
import { LinkPreviewDialog } from './LinkPreviewDialog'
import type { ActionStatus } from './use-entity-action'
import { userText } from '../i18n/user-text'

interface LinkAllButtonProps {
  documentId: string
  annotationId: string
  disabled: boolean
  /** Where the outcome is told (the Entity field's status line). */
  onStatus(status: ActionStatus): void
}

/**
 * `Link all`: first lists what it would link (the entity's name, aliases and the mention's text across
 * the corpus), then links the matches the user keeps checked, as one undo step.
 */
export function LinkAllButton({ documentId, annotationId, disabled, onStatus }: LinkAllButtonProps) {
  const client = useClient()
  const actions = useActions()
  const translator = useT()
  const { t } = translator
  const [preview, setPreview] = useState<LinkPreview | null>(null)
  const [loading, setLoading] = useState(false)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function open() {
    setLoading(true)
    try {
      const found = await client.call('entities.linkAllPreview', { documentId, annotationId })
      if (found.total === 0 && !found.createsEntity) {
        const name = userText(translator, found.entityName)
        const text = found.alreadyLinked > 0 ? t('entities.linkAll.nothingNewAlready', { name, count: found.alreadyLinked }) : t('entities.linkAll.nothingNew', { name })
        onStatus({ kind: 'info', text })
      } else {
        setError(null)
        setPreview(found)
      }
    } catch (failure) {
      onStatus({ kind: 'error', text: failure instanceof Error ? failure.message : String(failure) })
    } finally {
      setLoading(false)
    }
  }

  async function confirm(chosen: LinkMatch[]) {
    setSaving(true)
    try {
      const matches = chosen.map(({ documentId: id, start, end }) => ({ documentId: id, start, end }))
      const result = await actions.write('entities.linkAll', { documentId, annotationId, matches })
      setPreview(null)
      onStatus({ kind: 'info', text: linkAllSummary(translator, result) })
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setSaving(false)
    }
  }

  return (
    <>
      <button type="button" disabled={disabled || loading} onClick={() => void open()}>
        {t('entities.linkAll.button')}
      </button>
      {preview && (
        <LinkPreviewDialog
          title={t('entities.linkAll.title', { name: userText(translator, preview.entityName) })}
          preview={preview}
          showEntity={false}
          busy={saving}
          error={error}
          onConfirm={(chosen) => void confirm(chosen)}
          onClose={() => setPreview(null)}
        />
      )}
    </>
  )
}
