import { shell, type Event, type WebContents } from 'electron'
import type { UrlCheck } from './app-origin'

/** Links the analyst follows (an article's source, say) open in the default browser, but only over https. */
export function isExternalLink(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * Keeps every web contents on the app's own pages: no navigation elsewhere, no new windows, no webviews.
 * Applied to each web contents as it is created, so no window can be missed.
 */
export function guardWebContents(contents: WebContents, isTrustedUrl: UrlCheck): void {
  const stayOnApp = (navigation: Event<{ url: string }>): void => {
    if (!isTrustedUrl(navigation.url)) navigation.preventDefault()
  }
  contents.on('will-navigate', stayOnApp)
  contents.on('will-redirect', stayOnApp)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // Reviewed for Electronegativity: only https URLs reach openExternal (isExternalLink, tested).
    if (isExternalLink(url)) void shell.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: 'deny' }
  })
}
