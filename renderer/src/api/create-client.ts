import type { MessageKey } from '@core/shared/i18n/catalogue'
import type { TesseraBridge } from '../../../electron/preload/bridge'
import type { ApiClient } from './client'
import { createElectronClient } from './electron-client'
import { createHttpClient } from './http-client'
import { trackOpenProject, type OpenProjectTracker } from './open-project'

const TOKEN_KEY = 'tessera.token'

declare global {
  interface Window {
    tessera?: TesseraBridge
  }
}

/**
 * Picks the client once at start-up: the Electron bridge when the preload provided one, else HTTP with
 * the token from the launch URL's fragment (kept for reloads in this tab's session storage, and removed
 * from the address bar so it is not bookmarked or shared by accident).
 */
export function createApiClient(): ApiClient | { error: MessageKey } {
  const tracker: OpenProjectTracker = { dir: undefined }
  if (window.tessera) return trackOpenProject(createElectronClient(window.tessera, () => tracker.dir), tracker)
  const fromUrl = new URLSearchParams(window.location.hash.slice(1)).get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY)
  if (!token) {
    return { error: 'shell.error.noToken' }
  }
  return trackOpenProject(createHttpClient(token, '', () => tracker.dir), tracker)
}
