import { useEffect, useState } from 'react'
import type { Suggestion, SuggestionList } from '@core/shared/model/views'
import { useT } from '../i18n/I18nProvider'
import { useActions, useClient, useProjectState } from '../store/context'
import { useEntityAction } from './use-entity-action'
import { quoted, userText } from '../i18n/user-text'

const SHOWN = 20

interface EntitySuggestionsProps {
  documentId: string
  annotationId: string
  /** The mention's entity: its unlinked namesakes across the corpus are offered; without one, the entities this mention may be. */
  entityId: string | null
}

/**
 * Unlinked mentions whose text matches an entity's name or alias, each to accept (link it) or reject
 * (the core remembers, and never offers it again). For a linked mention, the entity's other unlinked
 * mentions in the corpus; for an unlinked one, the entities it may be.
 */
export function EntitySuggestions({ documentId, annotationId, entityId }: EntitySuggestionsProps) {
  const client = useClient()
  const actions = useActions()
  const translator = useT()
  const { t } = translator
  const [list, setList] = useState<SuggestionList | null>(null)
  // Read again after every change the store hears of (a link, a rejection, an edit of the document).
  const reloads = useProjectState((state) => state.changesVersion)
  const { busy, status, run } = useEntityAction()

  useEffect(() => {
    let current = true
    const request = entityId ? client.call('entities.suggestions', { entityId, limit: SHOWN }) : client.call('entities.suggestions', { documentId, limit: 1_000 })
    request.then(
      (found) => {
        if (!current) return
        if (entityId) return setList(found)
        const mine = found.suggestions.filter((s) => s.annotationId === annotationId)
        setList({ suggestions: mine, total: mine.length })
      },
      () => current && setList(null)
    )
    return () => {
      current = false
    }
  }, [client, documentId, annotationId, entityId, reloads])

  if (!list || list.suggestions.length === 0) return status ? <p className="field-status" role="status">{status.text}</p> : null
  const names = (s: Suggestion) => ({ quote: userText(translator, s.quote), name: userText(translator, s.entityName) })
  const accept = (s: Suggestion) =>
    run(actions.write('entities.link', { documentId: s.documentId, annotationId: s.annotationId, entityId: s.entityId }), () => t('entities.suggestions.linked', names(s)))
  const reject = (s: Suggestion) =>
    run(actions.write('entities.rejectSuggestion', { documentId: s.documentId, annotationId: s.annotationId, entityId: s.entityId }), () => t('entities.suggestions.rejected', names(s)))

  return (
    <section className="entity-suggestions" aria-labelledby="entity-suggestions-title">
      <h3 id="entity-suggestions-title">
        {entityId ? t('entities.suggestions.title', { count: list.total }) : t('entities.suggestions.suggestedEntity')}
      </h3>
      <ul>
        {list.suggestions.map((s) => {
          const where = s.documentId === documentId ? t('entities.thisArticle') : userText(translator, s.outlet || s.title)
          const label = entityId ? t('entities.suggestions.mentionIn', { quote: userText(translator, s.quote), where }) : quoted(translator, s.entityName, 'single')
          return (
            <li key={`${s.documentId}:${s.annotationId}:${s.entityId}`} className="suggestion">
              <span className="suggestion-text">
                {label}
                <span className="suggestion-context">
                  {entityId ? (
                    <>
                      …{s.prefix}
                      <mark dir="auto">{s.quote}</mark>
                      {s.suffix}…
                    </>
                  ) : (
                    s.matched === s.entityName ? t('entities.suggestions.matchesName') : t('entities.suggestions.matchesAlias', { alias: userText(translator, s.matched) })
                  )}
                </span>
              </span>
              <button type="button" disabled={busy} aria-label={t('entities.suggestions.acceptLabel', { suggestion: label })} onClick={() => void accept(s)}>
                {t('entities.suggestions.accept')}
              </button>
              <button type="button" disabled={busy} aria-label={t('entities.suggestions.rejectLabel', { suggestion: label })} onClick={() => void reject(s)}>
                {t('entities.suggestions.reject')}
              </button>
            </li>
          )
        })}
      </ul>
      <p className="field-status" role="status">
        {busy ? t('entities.saving') : status && <span className={status.kind === 'error' ? 'field-error' : undefined}>{status.text}</span>}
      </p>
    </section>
  )
}
