import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses'

/**
 * Electron fuses for the packaged app, flipped in the binary at packaging time
 * (`npm run package:fuses -- <path to the Electron binary>`). Every fuse of the wire is stated, and
 * `strictlyRequireAllFuses` makes packaging stop when an Electron upgrade adds one nobody has decided on.
 */
export const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // Off: ELECTRON_RUN_AS_NODE would turn the signed app into a general Node runtime.
  [FuseV1Options.RunAsNode]: false,
  // On: cookies and local storage encrypted at rest with the OS keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
  // Off: NODE_OPTIONS could inject code (--require) into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // Off: --inspect and friends would open a debugger on the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // On: app.asar checked against the hash embedded in the binary (macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // On: the app is loaded from app.asar only, never from a loose folder beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Off: the app ships no separate V8 snapshot for the browser process.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // Off: the app is served from its own app:// protocol; file:// needs no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
} as const satisfies FuseV1Config

/** Readable names, for the script's report. */
export function fuseName(index: number): string {
  return FuseV1Options[index] ?? `fuse ${index}`
}
