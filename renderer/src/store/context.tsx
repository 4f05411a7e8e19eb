import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react'
import type { ApiClient } from '../api/client'
import { useT } from '../i18n/I18nProvider'
import { createActions, type ProjectActions } from './actions'
import { inReadingOrder, withPendingChanges, type ShownAnnotation, type ShownDocument } from './pending-annotations'
import { annotationsInLayers, type LayeredAnnotation } from '../layers/layer-choice'
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
  const translator = useT()
  const [value] = useState(() => {
    const store = new ProjectStore(client, translator)
    return { store, actions: createActions(store, client) }
  })
  useEffect(() => value.store.connect(), [value])
  // The store says things (notices, announcements) long after this render: in the language shown then.
  useEffect(() => value.store.setTranslator(translator), [value, translator])
  return <ProjectContext.Provider value={value}>{children}</ProjectContext.Provider>
}

function useProject() {
  const project = useContext(ProjectContext)
  if (!project) throw new Error('useProjectState outside ProjectProvider')
  return project
}

/**
 * A slice of the project's state; the component renders again when that slice changes. Not
 * useSyncExternalStore: that renders every change at once, and a change made inside `startTransition`
 * (the selection and pending drawing after a key press) must wait until the frame with the highlight is
 * painted, as React state would. A render always reads the store's latest state.
 */
export function useProjectState<T>(select: (state: ProjectState) => T): T {
  const { store } = useProject()
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  const value = select(store.getState())
  const latest = useRef({ select, value })
  useLayoutEffect(() => {
    latest.current = { select, value }
  })
  useEffect(() => {
    const changed = () => !Object.is(latest.current.select(store.getState()), latest.current.value)
    // A change between this render and the subscription is not missed.
    if (changed()) rerender()
    return store.subscribe(() => {
      if (changed()) rerender()
    })
  }, [store])
  return value
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
  const layers = useProjectState((state) => state.layers)
  const me = useProjectState((state) => state.project?.author ?? '')
  const [copies] = useState(() => new WeakMap<ShownAnnotation, LayeredAnnotation<ShownAnnotation>>())
  const stored = useMemo(() => inReadingOrder(document?.annotations ?? []), [document])
  const shown = useMemo(() => withPendingChanges(stored, pending), [stored, pending])
  const layered = useMemo(() => annotationsInLayers(shown, me, layers, copies), [shown, me, layers, copies])
  return useMemo(() => (document ? { ...document, annotations: layered } : null), [document, layered])
}
