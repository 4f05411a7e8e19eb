import type { DocumentFieldDefinition } from '@core/shared/model/document-fields'
import { Children, type ReactNode } from 'react'
import { useT } from '../i18n/I18nProvider'
import type { FieldFilter } from './document-view'

interface FieldFilterControlProps {
  definitions: readonly DocumentFieldDefinition[]
  filter: FieldFilter | null
  onChange(filter: FieldFilter | null): void
}

/** Filter the list by a whole-article label: pick the field, then a value (a menu for choices, typed for text and numbers). */
export function FieldFilterControl({ definitions, filter, onChange }: FieldFilterControlProps) {
  const { t, rich } = useT()
  if (definitions.length === 0) return null
  const current = filter ? definitions.find((d) => d.id === filter.definition.id) : undefined
  return (
    <div className="document-controls-row">
      <label>
        {t('documents.filter.label')}
        <select
          value={current?.id ?? ''}
          onChange={(event) => {
            const definition = definitions.find((d) => d.id === event.currentTarget.value)
            onChange(definition ? { definition, value: '' } : null)
          }}
        >
          <option value="">{t('documents.filter.anyLabel')}</option>
          {definitions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
      </label>
      {current && (current.type === 'choice' || current.type === 'multi-choice') && (
        <label>
          {Children.toArray(rich<ReactNode>('documents.filter.is', { field: <bdi>{current.label}</bdi> }))}
          <select value={filter?.value ?? ''} onChange={(event) => onChange({ definition: current, value: event.currentTarget.value })}>
            <option value="">{t('documents.filter.anyValue')}</option>
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
          {Children.toArray(rich<ReactNode>(current.type === 'number' ? 'documents.filter.is' : 'documents.filter.contains', { field: <bdi>{current.label}</bdi> }))}
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
