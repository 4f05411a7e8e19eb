import type { DocumentFieldDefinition } from '@core/shared/model/document-fields'
import type { FieldFilter } from './document-view'

interface FieldFilterControlProps {
  definitions: readonly DocumentFieldDefinition[]
  filter: FieldFilter | null
  onChange(filter: FieldFilter | null): void
}

/** Filter the list by a whole-article label: pick the field, then a value (a menu for choices, typed for text and numbers). */
export function FieldFilterControl({ definitions, filter, onChange }: FieldFilterControlProps) {
  if (definitions.length === 0) return null
  const current = filter ? definitions.find((d) => d.id === filter.definition.id) : undefined
  return (
    <div className="document-controls-row">
      <label>
        Label
        <select
          value={current?.id ?? ''}
          onChange={(event) => {
            const definition = definitions.find((d) => d.id === event.currentTarget.value)
            onChange(definition ? { definition, value: '' } : null)
          }}
        >
          <option value="">Any</option>
          {definitions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
      </label>
      {current && (current.type === 'choice' || current.type === 'multi-choice') && (
        <label>
          <bdi>{current.label}</bdi> is
          <select value={filter?.value ?? ''} onChange={(event) => onChange({ definition: current, value: event.currentTarget.value })}>
            <option value="">Any value</option>
            {current.values.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      )}
      {current && (current.type === 'text' || current.type === 'number') && (
        <label>
          <bdi>{current.label}</bdi> {current.type === 'number' ? 'is' : 'contains'}
          <input
            type="search"
            dir="auto"
            inputMode={current.type === 'number' ? 'decimal' : undefined}
            value={filter?.value ?? ''}
            onChange={(event) => onChange({ definition: current, value: event.currentTarget.value })}
          />
        </label>
      )}
    </div>
  )
}
