import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import type { AttributeDefinition } from '../shared/model/attributes'
import type { TagDefinition } from '../shared/model/project'
import type { Applied } from '../history/applied'
import { tagColourMismatch } from '../shared/tags/contrast'

export const MAX_TAGS = 50

export interface TagChanges {
  label?: string
  color?: string
  key?: string | null
  attributes?: AttributeDefinition[]
  description?: string
}

/**
 * Every change to the project's tag schema. Each is undone by `replaceAll` with the tag set as it was,
 * which is not checked again: undo puts back exactly what was there.
 */
export type TagCommand =
  | { type: 'add'; tag: TagDefinition; index?: number }
  | { type: 'update'; tagId: string; changes: TagChanges }
  | { type: 'move'; tagId: string; index: number }
  | { type: 'remove'; tagId: string }
  | { type: 'replaceAll'; tags: TagDefinition[] }

export interface TagChange extends Applied<TagCommand> {
  tags: TagDefinition[]
}

/** Applies `commands` in order to a copy of `tags`; throws an ApiError naming the problem, changing nothing. */
export function applyTagCommands(tags: readonly TagDefinition[], commands: readonly TagCommand[]): TagChange {
  const previous = structuredClone([...tags])
  let next = structuredClone([...tags])
  for (const command of commands) next = applyOne(next, command)
  const changed = JSON.stringify(next) !== JSON.stringify(previous)
  return {
    tags: next,
    changed,
    inverse: changed ? [{ type: 'replaceAll', tags: previous }] : [],
    redo: changed ? [{ type: 'replaceAll', tags: structuredClone(next) }] : []
  }
}

function applyOne(tags: TagDefinition[], command: TagCommand): TagDefinition[] {
  switch (command.type) {
    case 'replaceAll':
      return structuredClone(command.tags)
    case 'add': {
      if (tags.length >= MAX_TAGS) throw new ApiError('invalid-input', said('problems.tags.tooMany', { max: MAX_TAGS }))
      if (tags.some((t) => t.id === command.tag.id)) throw new ApiError('invalid-input', said('problems.tags.idTaken', { id: command.tag.id }))
      checkTag(command.tag, tags)
      const next = [...tags]
      next.splice(command.index ?? next.length, 0, structuredClone(command.tag))
      return next
    }
    case 'update': {
      const index = indexOf(tags, command.tagId)
      const current = tags[index] as TagDefinition
      const updated: TagDefinition = { ...current, ...definedChanges(command.changes) }
      checkTag(
        updated,
        tags.filter((t) => t.id !== command.tagId),
        command.changes.color !== undefined && command.changes.color.toLowerCase() !== current.color.toLowerCase()
      )
      return tags.map((t, i) => (i === index ? updated : t))
    }
    case 'move': {
      const index = indexOf(tags, command.tagId)
      const next = [...tags]
      const [moved] = next.splice(index, 1)
      if (moved) next.splice(Math.max(0, Math.min(command.index, next.length)), 0, moved)
      return next
    }
    case 'remove': {
      indexOf(tags, command.tagId)
      return tags.filter((t) => t.id !== command.tagId)
    }
  }
}

function definedChanges(changes: TagChanges): Partial<TagDefinition> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<TagDefinition>
}

function indexOf(tags: readonly TagDefinition[], tagId: string): number {
  const index = tags.findIndex((t) => t.id === tagId)
  if (index < 0) throw new ApiError('not-found', said('problems.tags.notFound', { tag: tagId }))
  return index
}

/** A tag's label and key are unique among `others`; its colour readable (checked when it is new or changed). */
function checkTag(tag: TagDefinition, others: readonly TagDefinition[], colourChanged = true): void {
  const label = tag.label.trim()
  if (!label) throw new ApiError('invalid-input', said('problems.tags.needsLabel'))
  const sameLabel = others.find((t) => t.label.trim().toLocaleLowerCase() === label.toLocaleLowerCase())
  if (sameLabel) throw new ApiError('invalid-input', said('problems.tags.labelTaken', { label: sameLabel.label }))
  if (tag.key !== null) {
    const sameKey = others.find((t) => t.key === tag.key)
    if (sameKey) throw new ApiError('invalid-input', said('problems.tags.keyTaken', { key: tag.key, tag: sameKey.label }))
  }
  const attributeIds = tag.attributes.map((a) => a.id)
  const repeated = attributeIds.find((id, i) => attributeIds.indexOf(id) !== i)
  if (repeated) throw new ApiError('invalid-input', said('problems.tags.attributeTwice', { tag: tag.label, attribute: repeated }))
  if (colourChanged) {
    const problem = tagColourMismatch(tag.color)
    if (problem) throw new ApiError('invalid-input', problem)
  }
}
