import { describe, expect, it } from 'vitest'
import { ApiError } from '../shared/errors'
import { inEnglish, say, type Said } from '../shared/i18n/said'
import { createTranslator } from '../shared/i18n/translator'
import type { RelationTypeDefinition } from '../shared/model/relation-types'
import { createEntity, linkMention, mergeEntities } from '../entities/entities'
import { openTestProject } from '../testing/entity-project'
import { useTempDirs } from '../testing/helpers'
import { untranslatedWords } from '../testing/untranslated'
import { setRelationTypes } from './relation-types'
import { addRelation } from './relations'

const NATION = 'nationpress-2024-12-01'
const TEHRAN = 'tehran-times-2024-12-03'
const LOCATED: RelationTypeDefinition = { id: 'located-at', label: 'located at', from: ['actor'], to: ['place'], directed: true, crossDocument: false }
const arabic = createTranslator('ar')

/** What `work` was refused with, as catalogue data. */
async function refusal(work: Promise<unknown>): Promise<Said> {
  const error: unknown = await work.then(
    () => null,
    (e: unknown) => e
  )
  if (!(error instanceof ApiError) || !error.said) throw new Error(`expected a refusal with a message, got ${String(error)}`)
  return error.said
}

describe('relation and entity refusals in the Arabic interface', () => {
  const tempDir = useTempDirs()

  it('say why a relation is refused in Arabic, the labels, tags and quotes as the project has them', async () => {
    const project = await openTestProject(await tempDir())
    try {
      await setRelationTypes(project.context, [LOCATED])
      const hama = await project.annotate(NATION, 'place', 'Hama')
      const forces = await project.annotate(NATION, 'actor', 'government forces')
      const claim = await project.annotate(TEHRAN, 'claim', 'the Syrian army has halted any attempts to invade the city')
      const add = (type: string, from: string, to: string, toDocumentId?: string) => addRelation(project.context, { documentId: NATION, type, from, to, toDocumentId })

      const wrongStart = await refusal(add('located-at', hama.id, forces.id))
      expect(inEnglish(wrongStart)).toBe('A located at relation must start from a actor; “Hama” is tagged place.')
      expect(say(arabic, wrongStart)).toBe('يجب أن تبدأ علاقة «\u2068located at\u2069» من مقطع موسوم \u2068actor\u2069؛ و«\u2068Hama\u2069» موسوم \u2068place\u2069.')

      // A built-in type is named in Arabic, not by its id.
      const across = await refusal(add('attributed-to', forces.id, claim.id, TEHRAN))
      expect(inEnglish(across)).toBe('A attributed-to relation joins annotations of one document.')
      expect(say(arabic, across)).toBe('علاقة «\u2068منسوب إلى\u2069» تربط تعليقات توضيحية في مقال واحد.')

      await add('located-at', forces.id, hama.id)
      const twin = await refusal(add('located-at', forces.id, hama.id))
      expect(say(arabic, twin)).toBe('العلاقة «\u2068located at\u2069» بين «\u2068government forces\u2069» و«\u2068Hama\u2069» موجودة من قبل.')

      // The count of relations still using a type, with the Arabic plural for one.
      const inUse = await refusal(setRelationTypes(project.context, []))
      expect(inEnglish(inUse)).toBe('“located at” is used by 1 relation; remove it before deleting the type.')
      expect(say(arabic, inUse)).toBe('«\u2068located at\u2069» مستخدم في علاقة واحدة؛ احذفها قبل حذف النوع.')

      // The schema's own sentence is said too; zod's, about shapes, would be quoted as it is.
      const unnamed = await refusal(setRelationTypes(project.context, [LOCATED, { ...LOCATED, id: 'near', label: ' ' }]))
      expect(inEnglish(unnamed)).toBe('Relation type 1.label: a relation type needs a name.')
      expect(say(arabic, unnamed)).toBe('نوع العلاقة \u20681.label\u2069: يحتاج نوع العلاقة إلى اسم.')
      for (const message of [wrongStart, across, twin, inUse, unnamed]) expect(untranslatedWords(say(arabic, message))).toEqual([])
    } finally {
      project.close()
    }
  })

  it('say why an entity cannot be linked or merged in Arabic', async () => {
    const project = await openTestProject(await tempDir())
    try {
      const hama = await project.annotate(NATION, 'place', 'Hama')
      const forces = await project.annotate(NATION, 'actor', 'government forces')
      const place = await createEntity(project.context, { documentId: NATION, annotationId: hama.id })
      const actor = await createEntity(project.context, { documentId: NATION, annotationId: forces.id })

      const mismatch = await refusal(linkMention(project.context, NATION, forces.id, place.id))
      expect(inEnglish(mismatch)).toBe('“government forces” is tagged actor, and ‘Hama’ is a place entity.')
      expect(say(arabic, mismatch)).toBe('«\u2068government forces\u2069» موسوم \u2068actor\u2069، و«\u2068Hama\u2069» كيان من نوع \u2068place\u2069.')

      const types = await refusal(mergeEntities(project.context, place.id, actor.id))
      const itself = await refusal(mergeEntities(project.context, place.id, place.id))
      const missing = await refusal(linkMention(project.context, NATION, hama.id, 'no-such-entity'))
      expect(say(arabic, itself)).toBe('لا يُدمج الكيان في نفسه.')
      expect(say(arabic, missing)).toBe('لا كيان بالمعرّف \u2068no-such-entity\u2069 في هذا المشروع.')
      for (const message of [mismatch, types, itself, missing]) expect(untranslatedWords(say(arabic, message))).toEqual([])
    } finally {
      project.close()
    }
  })
})
