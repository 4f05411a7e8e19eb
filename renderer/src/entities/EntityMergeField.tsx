import { useEffect, useState } from 'react'
import type { Entity } from '@core/shared/model/entity'
import { Combobox, type ComboboxOption } from './Combobox'
import { useClient } from '../store/context'

/** A combobox of the other entities of the same type; choosing one merges this entity into it. */
export function EntityMergeField({ entity, disabled, onMerge }: { entity: Entity; disabled: boolean; onMerge(targetId: string, targetName: string): void }) {
  const client = useClient()
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Entity[]>([])
  useEffect(() => {
    let current = true
    client.call('entities.list', { query: query.trim() || undefined, type: entity.type, limit: 9 }).then(
      (entities) => current && setFound(entities.filter((e) => e.id !== entity.id).slice(0, 8)),
      () => undefined
    )
    return () => {
      current = false
    }
  }, [client, query, entity.id, entity.type])
  const options: ComboboxOption[] = found.map((e) => ({ id: e.id, label: e.name, detail: e.aliases.length > 0 ? `also ${e.aliases.join(', ')}` : undefined }))
  return (
    <Combobox
      id="entity-merge"
      label="Merge into"
      value={query}
      placeholder="Another entity: this one's mentions move there"
      options={options}
      emptyText="No other entity of this type matches."
      disabled={disabled}
      onInputChange={setQuery}
      onChoose={(option) => onMerge(option.id, option.label)}
    />
  )
}
