/** The sample corpus annotated by hand for the corpus views tests (tests only). */
import { createEntity, linkMention } from '../entities/entities'
import { addRelation } from '../relations/relations'
import type { ClaimsQuery } from '../views/claims-view'
import { openTestProject, type TestProject } from './entity-project'

export const NATIONPRESS = 'nationpress-2024-12-01'
export const MAYADEEN = 'al-mayadeen-2024-12-02'
export const TELESUR = 'telesur-2024-12-03'
export const TEHRAN = 'tehran-times-2024-12-03'
export const SHAFAQ = 'shafaq-news-2024-12-04'

/**
 * The sample corpus with annotations placed by hand. Expected counts, worked out by hand:
 * HTS (actor): teleSUR 2 (“Hayat Tahrir al-Sham”, “HTS”), Tehran Times 2, Shafaq News 1 → 5 in 3 documents.
 * the Syrian army (actor): Shafaq News 2 → 2 in 1. Hama (place): Tehran Times 1, NationPress 1 → 2 in 2.
 * Unused (actor): 0. Al Mayadeen’s “Al Mayadeen” actor is not linked and counts nowhere.
 */
export async function annotatedSample(dir: string) {
  const project = await openTestProject(dir)
  const { annotate, context } = project
  const htsFull = await annotate(TELESUR, 'actor', 'Hayat Tahrir al-Sham')
  const hts = await createEntity(context, { documentId: TELESUR, annotationId: htsFull.id, aliases: ['HTS'] })
  const link = async (documentId: string, tag: string, text: string, entityId: string, occurrence = 0) => {
    const mention = await annotate(documentId, tag, text, { occurrence })
    await linkMention(context, documentId, mention.id, entityId)
    return mention
  }
  await link(TELESUR, 'actor', 'HTS', hts.id)
  await link(TEHRAN, 'actor', 'HTS', hts.id, 0)
  await link(TEHRAN, 'actor', 'HTS', hts.id, 1)
  await link(SHAFAQ, 'actor', 'HTS', hts.id)
  const armyMention = await annotate(SHAFAQ, 'actor', 'the Syrian army')
  const army = await createEntity(context, { documentId: SHAFAQ, annotationId: armyMention.id })
  await link(SHAFAQ, 'actor', 'the Syrian army', army.id, 1)
  const hamaMention = await annotate(TEHRAN, 'place', 'Hama')
  const hama = await createEntity(context, { documentId: TEHRAN, annotationId: hamaMention.id, coordinates: { lat: 35.13, lon: 36.75 } })
  await link(NATIONPRESS, 'place', 'Hama', hama.id)
  const unusedMention = await annotate(MAYADEEN, 'actor', 'Al Mayadeen')
  const unused = await createEntity(context, { documentId: MAYADEEN, annotationId: unusedMention.id, name: 'Unused' })
  await linkMention(context, MAYADEEN, unusedMention.id, null)

  // Claims: four, in four places; two attributed to actors, one of them linked to an entity.
  const casualties = await annotate(SHAFAQ, 'claim', 'militant casualties this week have exceeded 1,600 from HTS and its affiliated groups', { attributes: { stance: 'reported' } })
  const sources = await annotate(SHAFAQ, 'actor', 'The sources')
  await addRelation(context, { documentId: SHAFAQ, type: 'attributed-to', from: casualties.id, to: sources.id })
  const efforts = await annotate(SHAFAQ, 'claim', 'Efforts are underway to reclaim several sites and towns seized by terrorist groups', { attributes: { stance: 'asserted' } })
  await addRelation(context, { documentId: SHAFAQ, type: 'attributed-to', from: efforts.id, to: armyMention.id })
  const neutralized = await annotate(TELESUR, 'claim', 'recent offensives have neutralized over 1,300 combatants since the actions began last Friday', { attributes: { stance: 'reported' } })
  const retreat = await annotate(NATIONPRESS, 'claim', "any claims regarding the army's retreat from Hama are inaccurate", { attributes: { stance: 'denied' } })

  // Figures: “militants killed” twice (typed two ways), civilians once, and one without a number.
  const f1300 = await annotate(TELESUR, 'figure', '1,300', { attributes: { value: 1300, counted: 'militants killed' } })
  await addRelation(context, { documentId: TELESUR, type: 'stated-in', from: f1300.id, to: neutralized.id })
  const f1600 = await annotate(SHAFAQ, 'figure', '1,600', { attributes: { value: 1600, counted: ' Militants  killed' } })
  await addRelation(context, { documentId: SHAFAQ, type: 'stated-in', from: f1600.id, to: casualties.id })
  await annotate(SHAFAQ, 'figure', '3,000', { attributes: { value: 3000, counted: 'civilians held captive' } })
  await annotate(TEHRAN, 'figure', 'dozens', { attributes: { counted: 'militants killed' } })
  return { project, hts, army, hama, unused, casualties, efforts, neutralized, retreat, sources, armyMention, f1300, f1600 }
}

/** The project's per-document extracts and its entities, as the memory views read them. */
export async function extractsAndEntities(project: TestProject) {
  return { extracts: await project.context.views.all(), entities: (await project.store.entities.read()).entities }
}

/** Every claim, by date, on one page. */
export const allClaims: ClaimsQuery = { sort: { by: 'date', direction: 'asc' }, offset: 0, limit: 100 }
