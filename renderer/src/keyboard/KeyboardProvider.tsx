import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react'
import { dispatchKey, type KeyCommands, type KeyProject } from './dispatcher'

interface KeyLayer {
  commands: Partial<KeyCommands>
  project?: KeyProject
}

type Register = (layer: { readonly current: KeyLayer }) => () => void

const KeyboardContext = createContext<Register | null>(null)

/**
 * The window's one `keydown` listener. The workspace and the workbench each register what their keys do
 * while they are on screen; `dispatchKey` decides what a key means.
 */
export function KeyboardProvider({ children }: { children: ReactNode }) {
  const [layers] = useState(() => new Set<{ readonly current: KeyLayer }>())
  const [register] = useState<Register>(() => (layer: { readonly current: KeyLayer }) => {
    layers.add(layer)
    return () => {
      layers.delete(layer)
    }
  })
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      let commands: Partial<KeyCommands> = {}
      let project: KeyProject | null = null
      for (const { current } of layers) {
        commands = { ...commands, ...current.commands }
        project = current.project ?? project
      }
      dispatchKey(event, commands, project)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [layers])
  return <KeyboardContext.Provider value={register}>{children}</KeyboardContext.Provider>
}

/** Registers what keys do while the calling component is mounted (the latest commands of each render). */
export function useKeyCommands(commands: Partial<KeyCommands>, project?: KeyProject): void {
  const register = useContext(KeyboardContext)
  const latest = useRef<KeyLayer>({ commands, project })
  useEffect(() => {
    latest.current = { commands, project }
  })
  useEffect(() => register?.(latest), [register])
}
