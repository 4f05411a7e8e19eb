import type { ProjectMethod } from './contract'
import type { HandlersFor } from './context'
import { annotationHandlers } from './annotations/handlers'
import { documentHandlers } from './documents/handlers'
import { exportHandlers } from './exports/handlers'
import { historyHandlers } from './history/handlers'
import { projectHandlers } from './projects/handlers'
import { searchHandlers } from './search/handlers'
import { tagHandlers } from './tags/handlers'

/** Every method of the contract, answered by its domain. A missing or extra handler fails the type check. */
export const handlers: HandlersFor<ProjectMethod> = {
  ...projectHandlers,
  ...documentHandlers,
  ...annotationHandlers,
  ...exportHandlers,
  ...searchHandlers,
  ...tagHandlers,
  ...historyHandlers
}
