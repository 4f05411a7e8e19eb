import type { CoreContext } from '../context'
import { runAction } from '../history/actions'
import { ApiError } from '../shared/errors'
import { said, verbatim, type Said } from '../shared/i18n/said'
import { relationTypesSchema, type RelationTypeDefinition } from '../shared/model/relation-types'

/**
 * Replaces the project's relation types (Project settings), as one undo step. Each type's end tags must
 * be the project's; a type that relations still use cannot be removed (the message says how many and
 * where), so no stored relation is ever left with a type the project does not declare.
 */
export function setRelationTypes(context: CoreContext, input: RelationTypeDefinition[]): Promise<RelationTypeDefinition[]> {
  return runAction(context, { message: { key: 'history.relation.editTypes' } }, async (action) => {
    const parsed = relationTypesSchema.safeParse(input)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new ApiError('invalid-input', said('problems.relations.typeInvalid', { path: issue?.path.join('.') ?? '', problem: issueProblem(issue) }))
    }
    const tags = new Set(context.store.info.tags.map((t) => t.id))
    for (const type of parsed.data) {
      const unknown = [...type.from, ...type.to].find((tag) => !tags.has(tag))
      if (unknown) throw new ApiError('invalid-input', said('problems.relations.typeUnknownTag', { label: type.label, tag: unknown }))
    }
    const kept = new Set(parsed.data.map((t) => t.id))
    const removed = context.store.info.relationTypes.filter((t) => !kept.has(t.id))
    for (const type of removed) {
      const uses = await countUses(context, type.id)
      if (uses > 0) {
        throw new ApiError('invalid-input', said('problems.relations.typeInUse', { label: type.label, count: uses }))
      }
    }
    await action.relationTypes(parsed.data)
    return parsed.data
  })
}

/** The schema's own sentences (relation-types.ts in the model) as messages; zod's, about limits and shapes, as they are. */
const SCHEMA_PROBLEMS: Record<string, Said> = {
  'attributed-to and stated-in are built in': said('problems.relations.typeInvalid.builtIn'),
  'a relation type needs a name': said('problems.relations.typeInvalid.needsName'),
  'name at least one source tag': said('problems.relations.typeInvalid.needsSource'),
  'name at least one target tag': said('problems.relations.typeInvalid.needsTarget')
}

function issueProblem(issue: { message: string } | undefined): Said {
  if (!issue) return said('problems.relations.typeInvalid.unknown')
  const sameId = /^two relation types have the id "(.*)"$/su.exec(issue.message)
  if (sameId) return said('problems.relations.typeInvalid.sameId', { id: sameId[1] ?? '' })
  return SCHEMA_PROBLEMS[issue.message] ?? verbatim(issue.message)
}

async function countUses(context: CoreContext, typeId: string): Promise<number> {
  let uses = (await context.store.crossRelations.read()).relations.filter((r) => r.type === typeId).length
  for (const id of context.store.info.documentIds) {
    const document = await context.store.readDocumentOnce(id)
    uses += document.relations.filter((r) => r.type === typeId).length
  }
  return uses
}
