import { useState } from 'react'
import { Dialog } from '../shared/Dialog'
import { useClient } from '../store/context'

/** First start: who is annotating. Prefilled with the computer's user name; changeable later in Project settings. */
export function AuthorDialog({ prefill, onDone }: { prefill: string; onDone(): void }) {
  const client = useClient()
  const [name, setName] = useState(prefill)
  const [error, setError] = useState<string | null>(null)
  async function confirm() {
    try {
      await client.call('settings.setAuthor', { name: name.trim() })
      onDone()
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    }
  }
  return (
    <Dialog title="Who is annotating?" onClose={() => void confirm()} className="author-dialog">
      <form
        className="settings-form"
        onSubmit={(event) => {
          event.preventDefault()
          void confirm()
        }}
      >
        <p>Tessera records your name on every annotation you make, so a team can tell who tagged what.</p>
        <label>
          Your name
          <input dir="auto" required data-autofocus value={name} onChange={(event) => setName(event.target.value)} maxLength={200} />
        </label>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={!name.trim()}>
            Continue
          </button>
        </div>
      </form>
    </Dialog>
  )
}
