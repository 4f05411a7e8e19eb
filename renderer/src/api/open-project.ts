import type { WorkspaceState } from '@core/shared/workspace/types'
import type { Events } from '@core/shared/contract'
import { ApiCallError, type ApiClient } from './client'

/** The project folder this window shows: sent with every call so the core can refuse calls meant for another project. */
export interface OpenProjectTracker {
  dir: string | undefined
}

function isWorkspaceState(value: unknown): value is WorkspaceState {
  return typeof value === 'object' && value !== null && 'project' in value && 'recentProjects' in value
}

/**
 * Keeps `tracker` on the project this window shows (from workspace answers and `workspace.changed`), and
 * when the core answers `project-changed` (this window missed a switch), reads the workspace again and
 * tells the window's `workspace.changed` listeners, so it reloads the project that is open now.
 */
export function trackOpenProject(client: ApiClient, tracker: OpenProjectTracker): ApiClient {
  const reloadListeners = new Set<(state: WorkspaceState) => void>()
  client.on('workspace.changed', (state) => {
    tracker.dir = state.project?.dir
  })

  function reload(): void {
    void client.call('workspace.state', {}).then((state) => {
      tracker.dir = state.project?.dir
      for (const listener of reloadListeners) listener(state)
    })
  }

  return {
    ...client,
    async call(method, input) {
      try {
        const result = await client.call(method, input)
        if (isWorkspaceState(result)) tracker.dir = result.project?.dir
        return result
      } catch (error) {
        if (error instanceof ApiCallError && error.body.code === 'project-changed') reload()
        throw error
      }
    },
    on(event, listener) {
      const stop = client.on(event, listener)
      if (event !== 'workspace.changed') return stop
      const onReload = listener as (state: Events['workspace.changed']) => void
      reloadListeners.add(onReload)
      return () => {
        stop()
        reloadListeners.delete(onReload)
      }
    }
  }
}
