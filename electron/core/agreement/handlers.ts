import type { HandlersFor } from '../context'
import { projectAgreement } from './project-agreement'
import { readerOf } from '../layers/blind-reads'

export const agreementHandlers: HandlersFor<'agreement.compute' | 'agreement.report'> = {
  'agreement.compute': async (query, context) => projectAgreement(context.store, query, readerOf(context)),
  'agreement.report': async ({ format, ...query }, context) => {
    const result = await projectAgreement(context.store, query, readerOf(context))
    // The writers load on the first download, not with the core.
    const { agreementReportFile } = await import('./report-files')
    return agreementReportFile(result, format, context.store.info.name)
  }
}
