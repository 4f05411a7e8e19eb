import { useEffect, useState } from 'react'
import type { Entity } from '@core/shared/model/entity'
import { useClient, useProjectState } from '../store/context'

/**
 * The entity with this id as the store holds it, read again whenever the core announces entities changed
 * (a rename, an alias, a merge, an undo); null while unknown, without an id, or once it is gone.
 */
export function useEntity(entityId: string | null): Entity | null {
  const client = useClient()
  const entitiesVersion = useProjectState((state) => state.entitiesVersion)
  const [entity, setEntity] = useState<Entity | null>(null)
  useEffect(() => {
    if (!entityId) return
    let current = true
    client.call('entities.get', { entityId }).then(
      (found) => current && setEntity(found),
      () => current && setEntity(null)
    )
    return () => {
      current = false
    }
  }, [client, entityId, entitiesVersion])
  return entity && entity.id === entityId ? entity : null
}
