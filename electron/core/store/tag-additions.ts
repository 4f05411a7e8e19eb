import type { AttributeDefinition } from '../shared/model/attributes'
import type { TagDefinition } from '../shared/model/project'

/**
 * The tags with the attributes an import adds to them, each only where its tag has no attribute of that
 * id by now (the user may have defined one while the import ran: theirs stays). Tags are copied, never
 * changed in place, so a refused write leaves the project's tags as they were.
 */
export function withAttributes(tags: readonly TagDefinition[], additions: readonly { tag: string; attribute: AttributeDefinition }[]): TagDefinition[] {
  if (additions.length === 0) return [...tags]
  return tags.map((tag) => {
    const added = additions.filter((a) => a.tag === tag.id).map((a) => a.attribute)
    const missing = added.filter((attribute, index) => !tag.attributes.some((a) => a.id === attribute.id) && added.findIndex((a) => a.id === attribute.id) === index)
    return missing.length === 0 ? tag : { ...tag, attributes: [...tag.attributes, ...missing] }
  })
}
