import { useEffect, useState } from 'react'
import type { SavedSearch, SearchSpec } from '@core/shared/model/search'
import { errorText } from '../api/client'
import { useT } from '../i18n/I18nProvider'
import { useActions, useClient } from '../store/context'
import { KIND_LABELS } from './CorpusSearchOptions'
import { userText } from '../i18n/user-text'

interface SavedSearchesProps {
  /** The search as set in the dialog now; null when there is nothing to save. */
  current: SearchSpec | null
  onRun(search: SearchSpec): void
  onMessage(message: string): void
}

/** The project's saved searches: save the current one under a name, run one again, delete one. */
export function SavedSearches({ current, onRun, onMessage }: SavedSearchesProps) {
  const translator = useT()
  const { t } = translator
  const client = useClient()
  const actions = useActions()
  const [saved, setSaved] = useState<SavedSearch[] | null>(null)
  const [name, setName] = useState('')

  useEffect(() => {
    let live = true
    client.call('searches.list', {}).then(
      (list) => live && setSaved(list),
      (error: unknown) => live && onMessage(errorText(error, translator))
    )
    return () => {
      live = false
    }
  }, [client, onMessage, translator])

  async function save() {
    if (!current || !name.trim()) return
    try {
      setSaved(await actions.write('searches.save', { name: name.trim(), search: current }))
      onMessage(t('editor.saved.savedAs', { name: userText(translator, name.trim()) }))
      setName('')
    } catch (error) {
      onMessage(errorText(error, translator))
    }
  }

  async function remove(search: SavedSearch) {
    try {
      setSaved(await actions.write('searches.delete', { id: search.id }))
      onMessage(t('editor.saved.deleted', { name: userText(translator, search.name) }))
    } catch (error) {
      onMessage(errorText(error, translator))
    }
  }

  return (
    <section className="saved-searches" aria-labelledby="saved-searches-heading">
      <h3 id="saved-searches-heading">{t('editor.saved.heading')}</h3>
      <form
        className="saved-search-form"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <label htmlFor="saved-search-name">{t('editor.saved.name')}</label>
        <input id="saved-search-name" value={name} onChange={(event) => setName(event.target.value)} dir="auto" />
        <button type="submit" disabled={!current || !name.trim()}>
          {t('editor.saved.save')}
        </button>
      </form>
      {saved && saved.length === 0 && <p className="find-more">{t('editor.saved.none')}</p>}
      {saved && saved.length > 0 && (
        <ul className="saved-search-list">
          {saved.map((search) => (
            <li key={search.id}>
              <span className="saved-search-name">
                <bdi>{search.name}</bdi>{' '}
                <span className="find-document">
                  ({t(KIND_LABELS[search.search.kind])}: <bdi>{search.search.query}</bdi>)
                </span>
              </span>
              <button type="button" onClick={() => onRun(search.search)} aria-label={t('editor.saved.runNamed', { name: userText(translator, search.name) })}>
                {t('editor.saved.run')}
              </button>
              <button type="button" className="danger" onClick={() => void remove(search)} aria-label={t('editor.saved.deleteNamed', { name: userText(translator, search.name) })}>
                {t('editor.saved.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
