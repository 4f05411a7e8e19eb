import type { Page } from '@playwright/test'
import { callApi } from './api'
import type { TesseraApp } from './tessera-app'

export const TEHRAN = 'Tehran Times'
export const TELESUR = 'teleSUR English'
const MAYADEEN = 'Al Mayadeen English'

async function documentOf(page: Page, source: string): Promise<{ id: string; text: string }> {
  const summary = (await callApi(page, 'documents.list', {})).find((d) => d.source === source)
  if (!summary) throw new Error(`no sample document from ${source}`)
  const record = await callApi(page, 'documents.get', { documentId: summary.id })
  return { id: record.id, text: record.text }
}

/**
 * Two analysts on the sample, made through the API under their names (the app restarted under each, as
 * TESSERA_AUTHOR fixes the name for a run): only ann marks the Tehran Times claim (annotations.create hands back an
 * existing annotation of the same tag and range, whoever made it, so bob's identical span would not be stored);
 * bob cuts the Russian centre shorter and adds Aleppo as a place; on teleSUR ann calls HTS an actor, bob a
 * place (a swap); Al Mayadeen only ann annotated, so it is left out.
 */
export async function seedTwoAnnotators(app: TesseraApp): Promise<void> {
  const before = process.env.TESSERA_AUTHOR
  try {
    await as(app, 'ann')
    const tehran = await documentOf(app.page, TEHRAN)
    const telesur = await documentOf(app.page, TELESUR)
    const mayadeen = await documentOf(app.page, MAYADEEN)
    const tag = async (document: { id: string; text: string }, tagId: string, phrase: string): Promise<void> => {
      const start = document.text.indexOf(phrase)
      if (start < 0) throw new Error(`"${phrase}" is not in ${document.id}`)
      await callApi(app.page, 'annotations.create', { documentId: document.id, tag: tagId, start, end: start + phrase.length })
    }
    const claim = 'at least 300 militants in Aleppo and Idlib provinces have been killed in joint operations with the Syrian Army'
    await tag(tehran, 'actor', 'The Russian Reconciliation Center in Syria')
    await tag(tehran, 'claim', claim)
    await tag(telesur, 'actor', 'Hayat Tahrir al-Sham')
    await tag(mayadeen, 'figure', 'more than 400')
    await as(app, 'bob')
    await tag(tehran, 'actor', 'Russian Reconciliation Center')
    await tag(tehran, 'place', 'Aleppo')
    await tag(telesur, 'place', 'Hayat Tahrir al-Sham')
  } finally {
    if (before === undefined) delete process.env.TESSERA_AUTHOR
    else process.env.TESSERA_AUTHOR = before
  }
}

/** Restarts the app with its annotations recorded under `name`. */
async function as(app: TesseraApp, name: string): Promise<void> {
  process.env.TESSERA_AUTHOR = name
  await app.restart()
  await callApi(app.page, 'project.get', {})
}
