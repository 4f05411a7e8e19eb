import { fileURLToPath } from 'node:url'

/** The app's shipped data folder, found from this file (the fuzzer runs from source, never from the bundle). */
export const RESOURCES_DIR_PATH = fileURLToPath(new URL('../../../../resources', import.meta.url))
