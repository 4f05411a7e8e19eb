import { useState } from 'react'
import { errorText } from '../api/client'
import { useT } from '../i18n/I18nProvider'
import { Dialog } from '../shared/Dialog'
import { useClient } from '../store/context'

/** First start: who is annotating. Prefilled with the computer's user name; changeable later in Project settings. */
export function AuthorDialog({ prefill, onDone }: { prefill: string; onDone(): void }) {
  const translator = useT()
  const { t } = translator
  const client = useClient()
  const [name, setName] = useState(prefill)
  const [error, setError] = useState<string | null>(null)
  async function confirm() {
    try {
      await client.call('settings.setAuthor', { name: name.trim() })
      onDone()
    } catch (caught) {
      setError(errorText(caught, translator))
    }
  }
  return (
    <Dialog title={t('projects.author.title')} onClose={() => void confirm()} className="author-dialog">
      <form
        className="settings-form"
        onSubmit={(event) => {
          event.preventDefault()
          void confirm()
        }}
      >
        <p>{t('projects.author.why')}</p>
        <label>
          {t('projects.author.name')}
          <input dir="auto" required data-autofocus value={name} onChange={(event) => setName(event.target.value)} maxLength={200} />
        </label>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={!name.trim()}>
            {t('projects.author.continue')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
