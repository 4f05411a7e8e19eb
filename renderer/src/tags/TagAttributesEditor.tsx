import { useState } from 'react'
import type { AttributeDefinition, AttributeType } from '@core/shared/model/attributes'
import { trimRuns } from '@core/shared/text/trim-runs'

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
  const [drafts, setDrafts] = useState<Draft[]>(() => attributes.map(toDraft))
  const update = (index: number, change: Partial<Draft>) => setDrafts((all) => all.map((d, i) => (i === index ? { ...d, ...change } : d)))
  return (
    <fieldset className="attributes-editor">
      <legend>Attributes of {tagLabel}</legend>
      {drafts.map((draft, index) => (
        <div className="attribute-row" key={draft.id}>
          <input dir="auto" aria-label="Attribute name" value={draft.label} onChange={(event) => update(index, { label: event.target.value })} />
          <select aria-label={`Type of ${draft.label}`} value={draft.type} onChange={(event) => update(index, { type: event.target.value as AttributeType })}>
            <option value="text">Text</option>
            <option value="number">Number</option>
            <option value="choice">Choice</option>
            <option value="flag">Yes / no</option>
          </select>
          {draft.type === 'choice' && (
            <textarea dir="auto"
              aria-label={`Values of ${draft.label}, one per line`}
              rows={3}
              value={draft.values}
              onChange={(event) => update(index, { values: event.target.value })}
            />
          )}
          <textarea
            aria-label={`Guideline of ${draft.label} (Markdown)`}
            dir="auto"
            rows={2}
            value={draft.description}
            onChange={(event) => update(index, { description: event.target.value })}
          />
          <button type="button" onClick={() => setDrafts((all) => all.filter((_, i) => i !== index))}>
            Remove {draft.label || 'attribute'}
          </button>
        </div>
      ))}
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() =>
            setDrafts((all) => [...all, { id: attributeId(`attribute ${all.length + 1}`, all.map((d) => d.id)), label: `Attribute ${all.length + 1}`, type: 'text', values: '', description: '' }])
          }
        >
          Add attribute
        </button>
        <button type="button" className="primary" onClick={() => void onSave(drafts.map(fromDraft))}>
          Save attributes
        </button>
      </div>
    </fieldset>
  )
}
