import { describe, expect, it } from 'vitest'
import type { EventName, Events, Method } from '@core/shared/contract'
import type { WorkspaceState } from '@core/shared/workspace/types'
import { ApiCallError, type ApiClient } from './client'
import { trackOpenProject, type OpenProjectTracker } from './open-project'

function state(dir: string | null): WorkspaceState {
  return {
    project: dir ? { dir, name: dir, description: '', tags: [], readOnly: false, blindMode: false } : null,
    author: 'Zoë',
    authorConfirmed: true,
    recentProjects: [],
    projectsDir: null,
    notice: null,
    damagedProject: null
  }
}

/** A transport whose core has switched to `open` while the window may not know: it refuses calls naming another project. */
function fakeTransport(tracker: OpenProjectTracker, open: { dir: string }) {
  const listeners = new Map<EventName, ((payload: never) => void)[]>()
  const sent: (string | undefined)[] = []
  const client: ApiClient = {
    mode: 'browser',
    async call(method: Method) {
      sent.push(tracker.dir)
      if (method === 'workspace.state') return state(open.dir) as never
      if (tracker.dir !== undefined && tracker.dir !== open.dir) throw new ApiCallError({ code: 'project-changed', message: `now ${open.dir}` })
      return [] as never
    },
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener as (payload: never) => void])
      return () => undefined
    },
    runExport: () => Promise.reject(new Error('unused')),
    exportClaimsCsv: () => Promise.reject(new Error('unused')),
    exportAgreementReport: () => Promise.reject(new Error('unused'))
  }
  const emit = <E extends EventName>(event: E, payload: Events[E]) => listeners.get(event)?.forEach((listener) => listener(payload as never))
  return { client, sent, emit }
}

describe('the open project a window sends with its calls', () => {
  it('follows workspace answers and events, and reloads the window when the core says the project changed', async () => {
    const tracker: OpenProjectTracker = { dir: undefined }
    const open = { dir: '/projects/war 🇸🇾' }
    const transport = fakeTransport(tracker, open)
    const client = trackOpenProject(transport.client, tracker)
    const reloads: (string | undefined)[] = []
    client.on('workspace.changed', (changed) => reloads.push(changed.project?.dir))

    await client.call('workspace.state', {})
    expect(tracker.dir).toBe('/projects/war 🇸🇾')
    await client.call('documents.list', {})
    expect(transport.sent.at(-1)).toBe('/projects/war 🇸🇾')

    // Another window switches; this one missed the event, so its next call names the old project.
    open.dir = '/projects/election حماة'
    await expect(client.call('documents.list', {})).rejects.toMatchObject({ body: { code: 'project-changed' } })
    await expect.poll(() => reloads).toEqual(['/projects/election حماة'])
    expect(tracker.dir).toBe('/projects/election حماة')
    await expect(client.call('documents.list', {})).resolves.toEqual([])

    // A switch this window hears of moves it too.
    transport.emit('workspace.changed', state('/projects/third'))
    expect(tracker.dir).toBe('/projects/third')
  })
})
