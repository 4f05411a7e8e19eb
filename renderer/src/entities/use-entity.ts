import { useEffect, useState } from 'react'
import type { Entity } from '@core/model/entity'
import type { ApiClient } from '../api/client'

/**
 * The entity with this id as the store holds it, read again whenever the core announces it changed
 * (a rename, an alias, a merge, an undo); null while unknown, without an id, or once it is gone.
 */
export function useEntity(client: ApiClient, entityId: string | null): Entity | null {
  const [entity, setEntity] = useState<Entity | null>(null)
  useEffect(() => {
    if (!entityId) return
    let current = true
    const load = () =>
      client.call('entities.get', { entityId }).then(
        (found) => current && setEntity(found),
        () => current && setEntity(null)
      )
    void load()
    const off = client.on('entities.changed', ({ entityIds }) => {
      if (entityIds.includes(entityId)) void load()
    })
    return () => {
      current = false
      off()
    }
  }, [client, entityId])
  return entity && entity.id === entityId ? entity : null
}
