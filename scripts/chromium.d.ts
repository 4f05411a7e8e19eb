export type ChromiumLookup = { found: true; executablePath: string | undefined; source: string } | { found: false; reason: string }
export interface ChromiumLookupOptions {
  env?: Record<string, string | undefined>
  platform?: string
  isFile?: (path: string) => boolean
  playwrightExecutable?: () => string | undefined
  install?: () => boolean
}
export const SYSTEM_BROWSER_NAMES: string[]
export const KNOWN_LOCATIONS: Record<string, string[]>
export const INSTALL_HINT: string
export function findChromium(options?: ChromiumLookupOptions): ChromiumLookup
export function installPlaywrightChromium(rootDir: string, timeoutMs?: number): boolean
