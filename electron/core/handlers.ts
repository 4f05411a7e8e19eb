import type { ProjectMethod } from './shared/contract'
import type { HandlersFor } from './context'
import { agreementHandlers } from './agreement/handlers'
import { adjudicationHandlers } from './adjudication/handlers'
import { annotationHandlers } from './annotations/handlers'
import { backupHandlers } from './backups/handlers'
import { documentHandlers } from './documents/handlers'
import { documentFieldHandlers } from './documents/field-handlers'
import { entityHandlers } from './entities/handlers'
import { exportHandlers } from './exports/handlers'
import { historyHandlers } from './history/handlers'
import { importHandlers } from './import/handlers'
import { projectHandlers } from './projects/handlers'
import { relationHandlers } from './relations/handlers'
import { viewHandlers } from './views/handlers'
import { searchHandlers } from './search/handlers'
import { tagHandlers } from './tags/handlers'

/** Every method of the contract, answered by its domain. A missing or extra handler fails the type check. */
export const handlers: HandlersFor<ProjectMethod> = {
  ...projectHandlers,
  ...documentHandlers,
  ...documentFieldHandlers,
  ...annotationHandlers,
  ...exportHandlers,
  ...entityHandlers,
  ...relationHandlers,
  ...viewHandlers,
  ...searchHandlers,
  ...tagHandlers,
  ...historyHandlers,
  ...backupHandlers,
  ...importHandlers,
  ...agreementHandlers,
  ...adjudicationHandlers
}
