import { useEffect, useId, useState } from 'react'
import type { TagDefinition } from '@core/shared/model/project'
import { relationTypeIdFor } from '@core/shared/model/relation-type-id'
import type { RelationTypeDefinition } from '@core/shared/model/relation-types'
import { useT } from '../i18n/I18nProvider'
import { useClient } from '../store/context'
import { userText } from '../i18n/user-text'
import { describeRelationType } from './describe-relation-type'
import '../styles/relations.css'

interface Draft {
  label: string
  from: string[]
  to: string[]
  directed: boolean
  crossDocument: boolean
}

const EMPTY: Draft = { label: '', from: [], to: [], directed: true, crossDocument: false }

/**
 * Project settings: the relation types the project defines beside Attributed to and Stated in (name,
 * source and target tags, directed or symmetric, across documents or not). Each add or delete is one
 * undo step in the core, which refuses deleting a type still in use.
 */
export function RelationTypesSection({ tags }: { tags: readonly TagDefinition[] }) {
  const client = useClient()
  const translator = useT()
  const { t } = translator
  const id = useId()
  const [types, setTypes] = useState<RelationTypeDefinition[] | null>(null)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void client.call('project.get', {}).then(
      (project) => setTypes(project.relationTypes),
      (error: unknown) => setMessage({ kind: 'error', text: String(error) })
    )
  }, [client])

  async function save(next: RelationTypeDefinition[], done: string) {
    setBusy(true)
    setMessage(null)
    try {
      setTypes(await client.call('relationTypes.set', { relationTypes: next }))
      setMessage({ kind: 'info', text: done })
      return true
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) })
      return false
    } finally {
      setBusy(false)
    }
  }

  async function add() {
    if (!types) return
    const label = draft.label.trim()
    const type: RelationTypeDefinition = { id: uniqueId(relationTypeIdFor(label), types), label, from: draft.from, to: draft.to, directed: draft.directed, crossDocument: draft.crossDocument }
    if (await save([...types, type], t('relations.types.added', { label: userText(translator, label) }))) setDraft(EMPTY)
  }

  const toggle = (end: 'from' | 'to', tagId: string, on: boolean) =>
    setDraft((d) => ({ ...d, [end]: on ? [...d[end], tagId] : d[end].filter((chosen) => chosen !== tagId) }))

  return (
    <section className="relation-types" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('relations.types.title')}</h3>
      <p className="field-hint">{t('relations.types.hint')}</p>
      {types && types.length > 0 && (
        <ul className="relation-type-list">
          {types.map((type) => (
            <li key={type.id}>
              <span>
                <strong>{type.label}</strong> <span className="field-hint">{describeRelationType(translator, type, tags)}</span>
              </span>
              <button
                type="button"
                disabled={busy}
                aria-label={t('relations.types.deleteLabel', { label: userText(translator, type.label) })}
                onClick={() => void save(types.filter((other) => other.id !== type.id), t('relations.types.deleted', { label: userText(translator, type.label) }))}
              >
                {t('relations.types.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="relation-type-form"
        aria-label={t('relations.types.new')}
        onSubmit={(event) => {
          event.preventDefault()
          void add()
        }}
      >
        <label>
          {t('relations.types.name')}
          <input value={draft.label} maxLength={80} placeholder={t('relations.types.namePlaceholder')} onChange={(event) => setDraft({ ...draft, label: event.target.value })} />
        </label>
        {(['from', 'to'] as const).map((end) => (
          <fieldset key={end}>
            <legend>{t(end === 'from' ? 'relations.types.sourceTags' : 'relations.types.targetTags')}</legend>
            {tags.map((tag) => (
              <label key={tag.id} className="checkbox">
                <input type="checkbox" checked={draft[end].includes(tag.id)} onChange={(event) => toggle(end, tag.id, event.target.checked)} />
                {tag.label}
              </label>
            ))}
          </fieldset>
        ))}
        <label className="checkbox">
          <input type="checkbox" checked={draft.directed} onChange={(event) => setDraft({ ...draft, directed: event.target.checked })} />
          {t('relations.types.directedOption')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={draft.crossDocument} onChange={(event) => setDraft({ ...draft, crossDocument: event.target.checked })} />
          {t('relations.types.crossDocument')}
        </label>
        <div className="dialog-actions">
          {message && (
            <span role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'form-error' : 'form-ok'}>
              {message.text}
            </span>
          )}
          <button type="submit" disabled={busy || !types || !draft.label.trim() || draft.from.length === 0 || draft.to.length === 0}>
            {t('relations.types.add')}
          </button>
        </div>
      </form>
    </section>
  )
}

function uniqueId(base: string, types: readonly RelationTypeDefinition[]): string {
  let id = base
  for (let n = 2; types.some((t) => t.id === id) || id === 'attributed-to' || id === 'stated-in'; n += 1) id = `${base.slice(0, 36)}-${n}`
  return id
}
