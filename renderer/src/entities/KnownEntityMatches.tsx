import { useEffect, useState } from 'react'
import type { LinkMatch, LinkPreview } from '@core/shared/model/link-matches'
import { useT } from '../i18n/I18nProvider'
import { useActions, useClient } from '../store/context'
import { linkMatchesSummary } from './link-preview'
import { LinkPreviewDialog } from './LinkPreviewDialog'

/**
 * After an import: the names and aliases of entities the project already knows, found in the new
 * articles, offered for review (the Link all preview), never linked without the user's say.
 */
export function KnownEntityMatches({ documentIds }: { documentIds: readonly string[] }) {
  const client = useClient()
  const actions = useActions()
  const translator = useT()
  const { t } = translator
  const [found, setFound] = useState<LinkPreview | null>(null)
  const [reviewing, setReviewing] = useState(false)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<string | null>(null)
  const [reads, setReads] = useState(0)
  const key = documentIds.join(' ')

  useEffect(() => {
    let current = true
    if (!key) return
    client.call('entities.matchesIn', { documentIds: key.split(' ') }).then(
      (preview) => current && setFound(preview),
      () => current && setFound(null)
    )
    return () => {
      current = false
    }
  }, [client, key, reads])

  async function confirm(chosen: LinkMatch[]) {
    setSaving(true)
    try {
      const matches = chosen.map(({ documentId, start, end, entityId }) => ({ documentId, start, end, entityId }))
      const result = await actions.write('entities.linkMatches', { matches })
      setReviewing(false)
      setOutcome(linkMatchesSummary(translator, result))
      setReads((n) => n + 1)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setSaving(false)
    }
  }

  if (!found || (found.total === 0 && !outcome)) return null
  const n = found.total
  return (
    <section className="known-entity-matches" aria-label={t('entities.known.title')}>
      <p role="status">
        {outcome && `${outcome} `}
        {n > 0 && t('entities.known.found', { count: n })}
      </p>
      {n > 0 && (
        <button
          type="button"
          onClick={() => {
            setError(null)
            setReviewing(true)
          }}
        >
          {t('entities.known.review', { count: n })}
        </button>
      )}
      {reviewing && (
        <LinkPreviewDialog
          title={t('entities.known.title')}
          preview={found}
          showEntity
          busy={saving}
          error={error}
          onConfirm={(chosen) => void confirm(chosen)}
          onClose={() => setReviewing(false)}
        />
      )}
    </section>
  )
}
