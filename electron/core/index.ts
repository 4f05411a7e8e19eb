/** The core's public face for shells (Electron main, HTTP server, CLI) and tests. */
export { createCore, parseInput, toApiError, type Core, type CoreOptions } from './core'
export { ApiError, type ApiErrorBody, type ApiErrorCode, type Envelope } from './errors'
export * from './contract'
export { exportToFile, writeExportFile } from './exports/write-export'
export { decodeTextFile } from './documents/from-text'
export { MAX_IMPORT_BYTES, NotARegularFileError, readRegularFile } from './store/regular-file'
export { defaultAuthor, defaultProjectDir } from './projects/locations'
export { initProject } from './projects/init'
