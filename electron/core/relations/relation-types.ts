import type { CoreContext } from '../context'
import { runAction } from '../history/actions'
import { ApiError } from '../shared/errors'
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
      throw new ApiError('invalid-input', `Relation type ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}.`)
    }
    const tags = new Set(context.store.info.tags.map((t) => t.id))
    for (const type of parsed.data) {
      const unknown = [...type.from, ...type.to].find((tag) => !tags.has(tag))
      if (unknown) throw new ApiError('invalid-input', `Relation type “${type.label}” names the tag “${unknown}”, which this project does not have.`)
    }
    const kept = new Set(parsed.data.map((t) => t.id))
    const removed = context.store.info.relationTypes.filter((t) => !kept.has(t.id))
    for (const type of removed) {
      const uses = await countUses(context, type.id)
      if (uses > 0) {
        throw new ApiError('invalid-input', `“${type.label}” is used by ${uses} relation${uses === 1 ? '' : 's'}; remove ${uses === 1 ? 'it' : 'them'} before deleting the type.`)
      }
    }
    await action.relationTypes(parsed.data)
    return parsed.data
  })
}

async function countUses(context: CoreContext, typeId: string): Promise<number> {
  let uses = (await context.store.crossRelations.read()).relations.filter((r) => r.type === typeId).length
  for (const id of context.store.info.documentIds) {
    const document = await context.store.readDocumentOnce(id)
    uses += document.relations.filter((r) => r.type === typeId).length
  }
  return uses
}
