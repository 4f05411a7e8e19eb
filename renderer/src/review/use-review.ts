import { useMemo, useState } from 'react'
import type { Input } from '@core/shared/contract'
import type { AdjudicationReview } from '@core/shared/model/adjudication'
import type { DisagreementSpan } from '@core/shared/model/agreement'
import { errorText } from '../api/client'
import { useT } from '../i18n/I18nProvider'
import { useClient } from '../store/context'
import { useCorpusView } from '../views/use-corpus-view'
import { withDocument } from './review-walk'

export type ReviewChoice = { kind: 'accept'; annotator: string } | { kind: 'spans'; spans: DisagreementSpan[] }

/** A decision sent and not answered yet: drawn as what the curated layer will hold, marked as saving. */
export interface PendingDecision {
  choice: ReviewChoice
  /** The spans the curated layer will hold in the stretch. */
  spans: DisagreementSpan[]
}

export const stretchKey = (documentId: string, start: number, end: number): string => `${documentId}:${start}-${end}`

type Query = Input<'adjudication.review'>

/**
 * The review of a selection as the core gives it, with each decision's answer folded in at once (the next reading,
 * after the change event, replaces them) and the decisions under way. A failed one is rolled back and its message
 * handed to `onFailure` (the workbench's notices).
 */
export function useReview(query: Query, onFailure: (message: string) => void) {
  const client = useClient()
  const translator = useT()
  const asked = JSON.stringify(query)
  const answer = useCorpusView<{ asked: string; result: AdjudicationReview }>(`review:${asked}`, () =>
    client.call('adjudication.review', query).then(
      (result) => ({ asked, result }),
      (failure: unknown) => {
        throw new Error(errorText(failure, translator))
      }
    )
  )
  const base = answer.data?.result ?? null
  const [answered, setAnswered] = useState<{ base: AdjudicationReview | null; review: AdjudicationReview | null }>({ base: null, review: null })
  const review = answered.base === base && answered.review ? answered.review : base
  const [pending, setPending] = useState<ReadonlyMap<string, PendingDecision>>(new Map())

  function settle(key: string) {
    setPending((current) => {
      const next = new Map(current)
      next.delete(key)
      return next
    })
  }

  async function send(key: string, decision: PendingDecision, call: () => Promise<Parameters<typeof withDocument>[1]>): Promise<boolean> {
    setPending((current) => new Map(current).set(key, decision))
    try {
      const document = await call()
      setAnswered((current) => {
        const from = current.base === base && current.review ? current.review : base
        return { base, review: from ? withDocument(from, document) : null }
      })
      return true
    } catch (error) {
      onFailure(errorText(error, translator))
      return false
    } finally {
      settle(key)
    }
  }

  function decide(documentId: string, start: number, end: number, choice: ReviewChoice, spans: DisagreementSpan[]): Promise<boolean> {
    return send(stretchKey(documentId, start, end), { choice, spans }, () => client.call('adjudication.decide', { ...query, documentId, start, end, choice }))
  }

  function takeAgreed(documentId: string): Promise<boolean> {
    return send(`${documentId}:agreed`, { choice: { kind: 'spans', spans: [] }, spans: [] }, () => client.call('adjudication.takeAgreed', { ...query, documentId }))
  }

  const state = useMemo(() => ({ asked: answer.data?.asked ?? null, error: answer.error }), [answer.data, answer.error])
  return { review, ...state, pending, decide, takeAgreed }
}
