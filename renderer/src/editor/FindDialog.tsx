import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { FindResult, FoundMatch } from '@core/shared/api-types'
import type { SearchFilter, SearchKind, SearchSpec } from '@core/shared/model/search'
import type { TagDefinition } from '@core/shared/model/project'
import type { Span } from '@core/shared/text/snap'
import { errorText } from '../api/client'
import { useT } from '../i18n/I18nProvider'
import { useActions, useClient } from '../store/context'
import { Dialog } from '../shared/Dialog'
import { CorpusSearchOptions } from './CorpusSearchOptions'
import { SavedSearches } from './SavedSearches'
import { userText } from '../i18n/user-text'

const SEARCH_DELAY_MS = 200
const SHOWN_MATCHES = 200

interface FindDialogProps {
  tags: readonly TagDefinition[]
  openDocumentId: string | null
  onOpenDocument(documentId: string): void
  /** The matches in the open document, and which one is current (drawn over the reader, the current one scrolled to). */
  onShowMatches?(matches: readonly Span[], current: number | null): void
  onClose(): void
}

/**
 * Find in the open document or across the corpus (whole word, match case, exact letters or the loose
 * folding of Arabic variants; a phrase, all words, or a safe regular expression; across the corpus,
 * filtered by outlet, status and dates), with counts and each match in context; Tag all matches with a
 * chosen tag, as one undoable step; saved searches.
 */
export function FindDialog({ tags, openDocumentId, onOpenDocument, onShowMatches, onClose }: FindDialogProps) {
  const translator = useT()
  const { t } = translator
  const client = useClient()
  const actions = useActions()
  const [query, setQuery] = useState('')
  const [wholeWord, setWholeWord] = useState(true)
  const [caseSensitive, setCaseSensitive] = useState(false)
  const [everywhere, setEverywhere] = useState(false)
  const [exact, setExact] = useState(false)
  const [kind, setKind] = useState<SearchKind>('text')
  const [filter, setFilter] = useState<SearchFilter>({})
  const [tag, setTag] = useState(tags[0]?.id ?? '')
  const [result, setResult] = useState<FindResult | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const searchRefusal = useRef<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [generation, setGeneration] = useState(0)
  const documentId = everywhere ? undefined : (openDocumentId ?? undefined)
  const spec: SearchSpec | null = useMemo(
    () => (query ? { query, wholeWord, caseSensitive, exact, kind, filter: everywhere ? filter : undefined } : null),
    [query, wholeWord, caseSensitive, exact, kind, everywhere, filter]
  )
  const showMessage = useCallback((text: string) => setMessage(text), [])
  function runSaved(search: SearchSpec) {
    setQuery(search.query)
    setWholeWord(search.wholeWord)
    setCaseSensitive(search.caseSensitive)
    setExact(search.exact)
    setKind(search.kind)
    setFilter(search.filter ?? {})
    setEverywhere(true)
    setMessage(null)
  }

  useEffect(() => {
    if (!spec) return
    let current = true
    const timer = setTimeout(() => {
      client.call('search.find', { ...spec, documentId, limit: SHOWN_MATCHES }).then(
        (found) => {
          if (!current) return
          setResult(found)
          // A search that runs again clears the refusal of the one before (an unfinished pattern).
          setMessage((shown) => (shown === searchRefusal.current ? null : shown))
        },
        (error: unknown) => {
          if (!current) return
          setResult(null)
          searchRefusal.current = errorText(error, translator)
          setMessage(searchRefusal.current)
        }
      )
    }, SEARCH_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [client, spec, documentId, generation, translator])

  const shown = query ? result : null
  const inOpenDocument = useMemo(() => (shown?.matches ?? []).filter((match) => match.documentId === openDocumentId), [shown, openDocumentId])
  const [current, setCurrent] = useState<{ of: readonly FoundMatch[]; index: number } | null>(null)
  const currentIndex = current && current.of === inOpenDocument ? current.index : inOpenDocument.length > 0 ? 0 : null
  useEffect(() => {
    onShowMatches?.(inOpenDocument, currentIndex)
  }, [onShowMatches, inOpenDocument, currentIndex])
  function step(by: 1 | -1) {
    if (inOpenDocument.length === 0) return
    const from = currentIndex ?? (by > 0 ? -1 : 0)
    setCurrent({ of: inOpenDocument, index: (from + by + inOpenDocument.length) % inOpenDocument.length })
  }
  const tagLabel = tags.find((definition) => definition.id === tag)?.label ?? tag

  async function tagAll() {
    if (!spec) return
    setBusy(true)
    try {
      const done = await actions.write('annotations.tagAll', { ...spec, documentId, tag })
      const values = { count: done.added, tag: userText(translator, tagLabel), skipped: done.skipped }
      setMessage(t(done.skipped > 0 ? 'editor.find.taggedSkipping' : 'editor.find.tagged', values))
      setGeneration((n) => n + 1)
    } catch (error) {
      setMessage(errorText(error, translator))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title={t('editor.find.title')} onClose={onClose} className="find-dialog">
      <div className="find-controls">
        <input dir="auto"
          type="search"
          data-autofocus
          aria-label={t('editor.find.title')}
          placeholder={t('editor.find.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setMessage(null)
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault()
            step(event.shiftKey ? -1 : 1)
          }}
        />

        <label>
          <input type="checkbox" checked={wholeWord} onChange={(event) => setWholeWord(event.target.checked)} /> {t('editor.find.wholeWord')}
        </label>
        <label>
          <input type="checkbox" checked={caseSensitive} onChange={(event) => setCaseSensitive(event.target.checked)} /> {t('editor.find.matchCase')}
        </label>
        <label>
          <input type="checkbox" checked={exact} onChange={(event) => setExact(event.target.checked)} /> {t('editor.find.exactLetters')}
        </label>
        <label>
          <input type="checkbox" checked={everywhere} onChange={(event) => setEverywhere(event.target.checked)} /> {t('editor.find.allDocuments')}
        </label>
      </div>
      <CorpusSearchOptions kind={kind} onKind={setKind} filter={everywhere ? filter : null} onFilter={setFilter} />
      <p className="find-count" role="status">
        {shown
          ? everywhere
            ? t('editor.find.countInDocuments', { count: shown.total, documents: shown.documents.length })
            : t('editor.find.count', { count: shown.total })
          : t('editor.find.typeToFind')}
      </p>
      {currentIndex !== null && (
        <div className="find-position">
          <span>{t('editor.find.position', { current: currentIndex + 1, total: inOpenDocument.length })}</span>
          <button type="button" onClick={() => step(-1)} aria-keyshortcuts="Shift+Enter">
            {t('editor.find.previous')}
          </button>
          <button type="button" onClick={() => step(1)} aria-keyshortcuts="Enter">
            {t('editor.find.next')}
          </button>
        </div>
      )}
      {shown && shown.total > 0 && (
        <div className="find-tag-all">
          <label htmlFor="find-tag">{t('editor.find.tagAllAs')}</label>
          <select id="find-tag" value={tag} onChange={(event) => setTag(event.target.value)}>
            {tags.map((definition) => (
              <option dir="auto" key={definition.id} value={definition.id}>
                {definition.label}
              </option>
            ))}
          </select>
          <button type="button" className="primary" disabled={busy} onClick={() => void tagAll()}>
            {t('editor.find.tagAll')}
          </button>
        </div>
      )}
      {message && <p className="find-message">{message}</p>}
      {shown && shown.matches.length > 0 && (
        <ol className="find-results" aria-label={t('editor.find.matches')}>
          {shown.matches.map((match) => (
            <li key={`${match.documentId}:${match.start}`}>
              <button type="button" onClick={() => match.documentId !== openDocumentId && onOpenDocument(match.documentId)}>
                {everywhere && <span className="find-document" dir="auto">{shown.documents.find((d) => d.documentId === match.documentId)?.title}</span>}
                <span className="find-context" dir="auto">
                  …{match.prefix}
                  <mark dir="auto">{match.quote}</mark>
                  {match.suffix}…
                </span>
              </button>
            </li>
          ))}
          {shown.truncated && <li className="find-more">{t('editor.find.truncated', { count: shown.matches.length })}</li>}
        </ol>
      )}
      {everywhere && <SavedSearches current={spec} onRun={runSaved} onMessage={showMessage} />}
    </Dialog>
  )
}
