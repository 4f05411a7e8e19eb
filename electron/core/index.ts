/** The core's public face for shells (Electron main, HTTP server, CLI) and tests. */
export { createCore, parseInput, toApiError, type Core, type CoreOptions } from './core'
export { ApiError, type ApiErrorBody, type ApiErrorCode, type Envelope } from './errors'
export * from './contract'
export { exportToFile, writeExportFile } from './exports/write-export'
export { writeFileAtomic } from './store/atomic-write'
export { decodeTextFile } from './documents/from-text'
export { defaultAuthor, defaultProjectDir } from './projects/locations'
export { initProject } from './projects/init'
