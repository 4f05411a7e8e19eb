import type { Core } from '../core'
import type { RelationTypeDefinition } from '../shared/model/relation-types'

export const TEHRAN = 'tehran-times-2024-12-03'
export const NATION = 'nationpress-2024-12-01'
export const HALTED = 'the Syrian army has halted any attempts to invade the city'
export const WITHDRAWALS = 'reports indicating rapid withdrawals by government forces'
export const RELATION_TYPES: RelationTypeDefinition[] = [
  { id: 'contradicts', label: 'contradicts', from: ['claim'], to: ['claim'], directed: false, crossDocument: true },
  { id: 'located-at', label: 'located at', from: ['actor'], to: ['place'], directed: true, crossDocument: false }
]

export interface RelatedSample {
  /** The relation across documents (Tehran Times' claim contradicts NationPress's) and the one within NationPress. */
  across: string
  located: string
  ids: { halted: string; withdrawals: string; forces: string; hama: string }
}

/** In `core`, a project opened with the sample: a claim in Tehran Times contradicting one in NationPress, and government forces located at Hama. */
export async function relateSample(core: Core): Promise<RelatedSample> {
  await core.call('relationTypes.set', { relationTypes: RELATION_TYPES })
  const annotate = async (documentId: string, tag: string, quote: string) => {
    const text = (await core.call('documents.get', { documentId })).text
    const start = text.indexOf(quote)
    return (await core.call('annotations.create', { documentId, tag, start, end: start + quote.length })).id
  }
  const halted = await annotate(TEHRAN, 'claim', HALTED)
  const withdrawals = await annotate(NATION, 'claim', WITHDRAWALS)
  const forces = await annotate(NATION, 'actor', 'government forces')
  const hama = await annotate(NATION, 'place', 'Hama')
  const across = await core.call('relations.add', { documentId: TEHRAN, type: 'contradicts', from: halted, to: withdrawals, toDocumentId: NATION })
  const located = await core.call('relations.add', { documentId: NATION, type: 'located-at', from: forces, to: hama })
  return { across: across.id, located: located.id, ids: { halted, withdrawals, forces, hama } }
}
