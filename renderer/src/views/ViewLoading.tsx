import { useEffect, useState } from 'react'
import type { Events } from '@core/shared/events'
import { useClient } from '../store/context'
import { useT } from '../i18n/I18nProvider'

/**
 * A view's loading line and, while the corpus index is being built (the first view of a large
 * project waits for it, minutes at 100,000 articles), how far the build has come.
 */
export function ViewLoading({ text }: { text: string }) {
  const client = useClient()
  const { t } = useT()
  const [progress, setProgress] = useState<Events['views.indexing'] | null>(null)
  useEffect(() => client.on('views.indexing', setProgress), [client])
  return (
    <>
      <p className="empty-hint">{text}</p>
      {progress && (
        <p className="empty-hint" role="status">
          {progress.documents < progress.total ? t('views.indexing.reading', { documents: progress.documents, total: progress.total }) : t('views.indexing.sorting')}
        </p>
      )}
    </>
  )
}
