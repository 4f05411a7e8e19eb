/** The renderer is served from `app://tessera/`, a privileged scheme of our own (see protocol.ts). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'tessera'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_START_URL = `${APP_ORIGIN}/index.html`

export type UrlCheck = (url: string) => boolean

/**
 * `scheme://host[:port]` of a URL, or null when it does not parse. Node's URL reports the origin of a
 * non-special scheme such as `app:` as "null", so the origin is rebuilt from its parts.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null
  } catch {
    return null
  }
}

/** The origins whose pages may call the app: ours, plus electron-vite's dev server during development. */
export function trustedOrigins(devServerUrl: string | undefined): UrlCheck {
  const allowed = new Set([APP_ORIGIN])
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null
  if (devOrigin) allowed.add(devOrigin)
  return (url) => {
    const origin = originOf(url)
    return origin !== null && allowed.has(origin)
  }
}
