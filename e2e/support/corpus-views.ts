import type { Page } from '@playwright/test'
import type { Annotation } from '../../electron/core/shared/model/annotation'
import { callApi } from './api'

export const OUTLETS = { telesur: 'teleSUR English', shafaq: 'Shafaq News', tehran: 'Tehran Times', mayadeen: 'Al Mayadeen English' } as const

export interface SeededViews {
  documents: Record<keyof typeof OUTLETS, string>
  entityId: string
  hts: { telesur: Annotation; shafaq: Annotation }
  claim: Annotation
}

/** The sample document from one outlet. */
async function documentOf(page: Page, source: string): Promise<{ id: string; text: string }> {
  const list = await callApi(page, 'documents.list', {})
  const summary = list.find((d) => d.source === source)
  if (!summary) throw new Error(`no sample document from ${source}`)
  const record = await callApi(page, 'documents.get', { documentId: summary.id })
  return { id: record.id, text: record.text }
}

/** Tags the first occurrence of `phrase` (after `from`) in a document. */
async function tag(page: Page, document: { id: string; text: string }, tagId: string, phrase: string, from = 0): Promise<Annotation> {
  const start = document.text.indexOf(phrase, from)
  if (start < 0) throw new Error(`"${phrase}" is not in ${document.id}`)
  return callApi(page, 'annotations.create', { documentId: document.id, tag: tagId, start, end: start + phrase.length })
}

/**
 * Annotations for the corpus views, made through the API: "Hayat Tahrir al-Sham" (teleSUR) and "HTS"
 * (Shafaq News) linked to one entity; a Tehran Times claim attributed to the Russian Reconciliation
 * Center; the militants killed as Al Mayadeen (400) and Tehran Times (300) count them, the latter
 * stated in the claim. What is counted is typed in another case on purpose.
 */
export async function seedCorpusViews(page: Page): Promise<SeededViews> {
  const telesur = await documentOf(page, OUTLETS.telesur)
  const shafaq = await documentOf(page, OUTLETS.shafaq)
  const tehran = await documentOf(page, OUTLETS.tehran)
  const mayadeen = await documentOf(page, OUTLETS.mayadeen)

  const htsTelesur = await tag(page, telesur, 'actor', 'Hayat Tahrir al-Sham')
  const htsShafaq = await tag(page, shafaq, 'actor', 'HTS')
  const entity = await callApi(page, 'entities.create', { documentId: telesur.id, annotationId: htsTelesur.id, name: 'Hayat Tahrir al-Sham', aliases: ['HTS'] })
  await callApi(page, 'entities.link', { documentId: shafaq.id, annotationId: htsShafaq.id, entityId: entity.id })

  const centre = await tag(page, tehran, 'actor', 'The Russian Reconciliation Center in Syria')
  await callApi(page, 'entities.create', { documentId: tehran.id, annotationId: centre.id, name: 'Russian Reconciliation Center' })
  const claim = await tag(page, tehran, 'claim', 'at least 300 militants in Aleppo and Idlib provinces have been killed in joint operations with the Syrian Army')
  await callApi(page, 'annotations.setAttribute', { documentId: tehran.id, annotationId: claim.id, attribute: 'stance', value: 'reported' })
  await callApi(page, 'relations.add', { documentId: tehran.id, type: 'attributed-to', from: claim.id, to: centre.id })

  const killed300 = await tag(page, tehran, 'figure', '300', claim.start)
  await callApi(page, 'annotations.setAttribute', { documentId: tehran.id, annotationId: killed300.id, attribute: 'value', value: 300 })
  await callApi(page, 'annotations.setAttribute', { documentId: tehran.id, annotationId: killed300.id, attribute: 'counted', value: 'militants killed' })
  await callApi(page, 'relations.add', { documentId: tehran.id, type: 'stated-in', from: killed300.id, to: claim.id })
  const killed400 = await tag(page, mayadeen, 'figure', 'more than 400')
  await callApi(page, 'annotations.setAttribute', { documentId: mayadeen.id, annotationId: killed400.id, attribute: 'value', value: 400 })
  await callApi(page, 'annotations.setAttribute', { documentId: mayadeen.id, annotationId: killed400.id, attribute: 'counted', value: 'Militants killed' })

  return {
    documents: { telesur: telesur.id, shafaq: shafaq.id, tehran: tehran.id, mayadeen: mayadeen.id },
    entityId: entity.id,
    hts: { telesur: htsTelesur, shafaq: htsShafaq },
    claim
  }
}
