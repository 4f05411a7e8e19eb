import type { HandlersFor } from '../context'
import { projectAgreement } from './project-agreement'

export const agreementHandlers: HandlersFor<'agreement.compute'> = {
  'agreement.compute': async (query, context) => projectAgreement(context.store, query)
}
