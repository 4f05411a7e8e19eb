import { useState } from 'react'
import type { AttributeDefinition, AttributeType } from '@core/shared/model/attributes'
import { trimRuns } from '@core/shared/text/trim-runs'
import { useT } from '../i18n/I18nProvider'
import { RichMessage, userText } from '../i18n/user-text'

interface Draft {
  id: string
  label: string
  type: AttributeType
  /** Choice values, one per line. */
  values: string
  /** The attribute's guideline (Markdown). */
  description: string
}

function toDraft(definition: AttributeDefinition): Draft {
  return {
    id: definition.id,
    label: definition.label,
    type: definition.type,
    values: definition.type === 'choice' ? definition.values.join('\n') : '',
    description: definition.description ?? ''
  }
}

function attributeId(label: string, taken: readonly string[]): string {
  const base = trimRuns(label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_'), /_/).replace(/^(\d)/, 'a_$1').slice(0, 32) || 'attribute'
  let id = base
  for (let n = 2; taken.includes(id); n += 1) id = `${base}_${n}`
  return id
}

function fromDraft(draft: Draft): AttributeDefinition {
  const description = draft.description.trim() ? { description: draft.description } : {}
  if (draft.type === 'choice') {
    const values = [...new Set(draft.values.split('\n').map((v) => v.trim()).filter(Boolean))]
    return { id: draft.id, label: draft.label.trim(), type: 'choice', values, ...description }
  }
  return { id: draft.id, label: draft.label.trim(), type: draft.type, ...description }
}

interface TagAttributesEditorProps {
  tagLabel: string
  attributes: readonly AttributeDefinition[]
  onSave(attributes: AttributeDefinition[]): Promise<boolean>
}

/** A tag's attribute definitions: label, type (text, number, choice with its values, flag); saved together. */
export function TagAttributesEditor({ tagLabel, attributes, onSave }: TagAttributesEditorProps) {
  const translator = useT()
  const { t } = translator
  const [drafts, setDrafts] = useState<Draft[]>(() => attributes.map(toDraft))
  const update = (index: number, change: Partial<Draft>) => setDrafts((all) => all.map((d, i) => (i === index ? { ...d, ...change } : d)))
  return (
    <fieldset className="attributes-editor">
      <legend>
        <RichMessage id="tags.attributes.legend" values={{ tag: <bdi>{tagLabel}</bdi> }} />
      </legend>
      {drafts.map((draft, index) => (
        <div className="attribute-row" key={draft.id}>
          <input dir="auto" aria-label={t('tags.attributes.name')} value={draft.label} onChange={(event) => update(index, { label: event.target.value })} />
          <select aria-label={t('tags.attributes.typeOf', { attribute: userText(translator, draft.label) })} value={draft.type} onChange={(event) => update(index, { type: event.target.value as AttributeType })}>
            <option value="text">{t('tags.attributes.type.text')}</option>
            <option value="number">{t('tags.attributes.type.number')}</option>
            <option value="choice">{t('tags.attributes.type.choice')}</option>
            <option value="flag">{t('tags.attributes.type.flag')}</option>
          </select>
          {draft.type === 'choice' && (
            <textarea dir="auto"
              aria-label={t('tags.attributes.valuesOf', { attribute: userText(translator, draft.label) })}
              rows={3}
              value={draft.values}
              onChange={(event) => update(index, { values: event.target.value })}
            />
          )}
          <textarea
            aria-label={t('tags.attributes.guidelineOf', { attribute: userText(translator, draft.label) })}
            dir="auto"
            rows={2}
            value={draft.description}
            onChange={(event) => update(index, { description: event.target.value })}
          />
          <button type="button" onClick={() => setDrafts((all) => all.filter((_, i) => i !== index))}>
            {draft.label ? <RichMessage id="tags.attributes.remove" values={{ attribute: <bdi>{draft.label}</bdi> }} /> : t('tags.attributes.removeUnnamed')}
          </button>
        </div>
      ))}
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() =>
            setDrafts((all) => [...all, { id: attributeId(`attribute ${all.length + 1}`, all.map((d) => d.id)), label: t('tags.attributes.defaultName', { n: all.length + 1 }), type: 'text', values: '', description: '' }])
          }
        >
          {t('tags.attributes.add')}
        </button>
        <button type="button" className="primary" onClick={() => void onSave(drafts.map(fromDraft))}>
          {t('tags.attributes.save')}
        </button>
      </div>
    </fieldset>
  )
}
