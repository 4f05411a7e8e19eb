import { readerOf } from '../layers/blind-reads'
import type { HandlersFor } from '../context'
import { decide, takeAgreedSpans } from './decide'
import { projectReview } from './review'

export const adjudicationHandlers: HandlersFor<'adjudication.review' | 'adjudication.decide' | 'adjudication.takeAgreed'> = {
  'adjudication.review': async (query, context) => projectReview(context.store, query, readerOf(context)),
  'adjudication.decide': (decision, context) => decide(context, decision),
  'adjudication.takeAgreed': (query, context) => takeAgreedSpans(context, query)
}
