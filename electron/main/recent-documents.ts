import type { Core } from '../core'

export interface RecentDocumentsApp {
  addRecentDocument(path: string): void
}

/** Each project opened goes to the OS's recent list (Windows jump list, macOS Dock menu), where supported. */
export function trackRecentDocuments(core: Pick<Core, 'on'>, app: RecentDocumentsApp, platform: NodeJS.Platform): () => void {
  if (platform !== 'darwin' && platform !== 'win32') return () => undefined
  let last: string | null = null
  return core.on('workspace.changed', (state) => {
    const dir = state.project?.dir ?? null
    if (dir && dir !== last) app.addRecentDocument(dir)
    last = dir
  })
}
