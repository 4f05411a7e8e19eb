export type ElectronBinaryLookup = { found: true; binary: string } | { found: false; reason: string }
export type ElectronInstallResult = { ok: true } | { ok: false; reason: string }

export function platformBinaryPath(platform?: NodeJS.Platform | 'mas'): string
export function findElectronBinary(rootDir: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): ElectronBinaryLookup
export function shortReason(output: string, fallback: string): string
export function installElectronRuntime(rootDir: string, options?: { timeoutMs?: number; env?: NodeJS.ProcessEnv }): ElectronInstallResult
