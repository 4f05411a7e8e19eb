import type { Method } from './contract'
import type { HandlersFor } from './context'
import { annotationHandlers } from './annotations/handlers'
import { documentHandlers } from './documents/handlers'
import { exportHandlers } from './exports/handlers'
import { importHandlers } from './import/handlers'
import { metadataHandlers } from './documents/metadata'
import { projectHandlers } from './projects/handlers'

/** Every method of the contract, answered by its domain. A missing or extra handler fails the type check. */
export const handlers: HandlersFor<Method> = {
  ...projectHandlers,
  ...documentHandlers,
  ...annotationHandlers,
  ...exportHandlers,
  ...importHandlers,
  ...metadataHandlers
}
