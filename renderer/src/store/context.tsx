import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react'
import type { ApiClient } from '../api/client'
import { createActions, type ProjectActions } from './actions'
import { inReadingOrder, withPendingChanges, type ShownDocument } from './pending-annotations'
import { ProjectStore, type ProjectState } from './project-store'

const ClientContext = createContext<ApiClient | null>(null)
const ProjectContext = createContext<{ store: ProjectStore; actions: ProjectActions } | null>(null)

/** The core's client, for every component below (set once by the shell's entry point). */
export function ClientProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>
}

export function useClient(): ApiClient {
  const client = useContext(ClientContext)
  if (!client) throw new Error('useClient outside ClientProvider')
  return client
}

/** One project store and its actions for the open project; mount it keyed by the project so a switch starts afresh. */
export function ProjectProvider({ children }: { children: ReactNode }) {
  const client = useClient()
  const [value] = useState(() => {
    const store = new ProjectStore(client)
    return { store, actions: createActions(store, client) }
  })
  useEffect(() => value.store.connect(), [value])
  return <ProjectContext.Provider value={value}>{children}</ProjectContext.Provider>
}

function useProject() {
  const project = useContext(ProjectContext)
  if (!project) throw new Error('useProjectState outside ProjectProvider')
  return project
}

/** A slice of the project's state; the component renders again when that slice changes. */
export function useProjectState<T>(select: (state: ProjectState) => T): T {
  const { store } = useProject()
  return useSyncExternalStore(store.subscribe, () => select(store.getState()))
}

export function useActions(): ProjectActions {
  return useProject().actions
}

export function useProjectStore(): ProjectStore {
  return useProject().store
}

/** The open document as shown: the store's copy in reading order, the changes not yet durable drawn over it (marked pending). */
export function useShownDocument(): ShownDocument | null {
  const document = useProjectState((state) => state.document)
  const pending = useProjectState((state) => state.pending)
  const stored = useMemo(() => inReadingOrder(document?.annotations ?? []), [document])
  return useMemo(() => (document ? { ...document, annotations: withPendingChanges(stored, pending) } : null), [document, stored, pending])
}
