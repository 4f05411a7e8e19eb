import type { AttributeDefinition } from '../../shared/model/attributes'
import type { TagDefinition } from '../../shared/model/project'
import { relationTypeSchema } from '../../shared/model/relation'
import type { RelationTypeDefinition } from '../../shared/model/relation-types'
import type { DocumentFieldDefinition } from '../../shared/model/document-fields'
import { bratFieldConf } from './brat-document-fields'

/** brat attribute values are single tokens: spaces become underscores (the sidecar keeps the exact values). */
export function bratValue(value: string): string {
  return value.replace(/\s/g, '_')
}

export interface BratAttribute {
  /** The attribute's name in brat (`stance`), or `tag_id` when two tags use the same id with different types. */
  name: string
  tagId: string
  definition: AttributeDefinition
}

/** The choice and flag attributes brat can hold as `A` lines; text and number attributes go in `#` lines. */
export function bratAttributes(tags: readonly TagDefinition[]): BratAttribute[] {
  const all = tags.flatMap((tag) =>
    tag.attributes.filter((d) => d.type === 'choice' || d.type === 'flag').map((definition) => ({ tagId: tag.id, definition }))
  )
  return all.map(({ tagId, definition }) => {
    const clash = all.some((other) => other.definition.id === definition.id && other.definition.type !== definition.type)
    return { name: clash ? `${tagId}_${definition.id}` : definition.id, tagId, definition }
  })
}

/**
 * `annotation.conf`: every tag as an entity, the relation types (the built-in ones between any entities,
 * the project's with the tags their ends allow: a symmetric type takes its source and target tags at
 * either argument, since a relation may be stored either way round), the overlap rule, and the choice
 * and flag attributes;
 * the whole-article fields' entity and attributes; each guideline as comments above.
 */
export function annotationConf(tags: readonly TagDefinition[], relationTypes: readonly RelationTypeDefinition[] = [], fields: readonly DocumentFieldDefinition[] = []): string {
  const byName = new Map<string, { tags: string[]; values: Set<string> }>()
  for (const { name, tagId, definition } of bratAttributes(tags)) {
    const entry = byName.get(name) ?? { tags: [], values: new Set<string>() }
    entry.tags.push(tagId)
    if (definition.type === 'choice') for (const value of definition.values) entry.values.add(bratValue(value))
    byName.set(name, entry)
  }
  const attributes = [...byName].map(([name, { tags: on, values }]) =>
    values.size > 0 ? `${name}\tArg:${on.join('|')}, Value:${[...values].join('|')}` : `${name}\tArg:${on.join('|')}`
  )
  const relations = [...relationTypeSchema.options.map((type) => `${type}\tArg1:<ENTITY>, Arg2:<ENTITY>`), ...projectRelations(tags, relationTypes)]
  const labels = bratFieldConf(fields)
  return [
    ...guidelineComments(tags),
    '[entities]', ...tags.map((t) => t.id), ...labels.entities, '',
    '[relations]', ...relations, OVERLAP_RULE, '',
    '[events]', '',
    '[attributes]', ...attributes, ...labels.attributes, ''
  ].join('\n')
}

/**
 * Each tag's and attribute's guideline as `#` comment lines above the sections: every line of the
 * Markdown (split at every line break Python knows) gets its own `# ` (brat ignores from `#` to the end of a line), so a line break or a `#` in a
 * guideline can never start a line brat reads as configuration.
 */
/** Every line break Python's str.splitlines knows (brat is Python); CRLF counts once. */
const LINE_BREAKS = new Set(['\n', '\r', '\v', '\f', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029'])

export function splitLines(text: string): string[] {
  const lines: string[] = []
  let start = 0
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i)
    if (!LINE_BREAKS.has(char)) continue
    lines.push(text.slice(start, i))
    if (char === '\r' && text.charAt(i + 1) === '\n') i += 1
    start = i + 1
  }
  lines.push(text.slice(start))
  return lines
}

export function guidelineComments(tags: readonly TagDefinition[]): string[] {
  const lines: string[] = []
  const add = (name: string, text: string | undefined) => {
    if (!text?.trim()) return
    lines.push(`# ${name}:`, ...splitLines(text).map((line) => `#   ${line}`))
  }
  for (const tag of tags) {
    add(`${tag.id} (${tag.label})`, tag.description)
    for (const attribute of tag.attributes) add(`${tag.id}.${attribute.id} (${attribute.label})`, attribute.description)
  }
  return lines.length > 0 ? ['# Tag guidelines, from Tessera', ...lines, ''] : []
}

function projectRelations(tags: readonly TagDefinition[], relationTypes: readonly RelationTypeDefinition[]): string[] {
  const exported = new Set(tags.map((t) => t.id))
  const lines: string[] = []
  for (const type of relationTypes) {
    const from = type.from.filter((t) => exported.has(t))
    const to = type.to.filter((t) => exported.has(t))
    if (from.length === 0 || to.length === 0) continue
    const either = [...new Set([...from, ...to])].join('|')
    lines.push(type.directed ? `${type.id}\tArg1:${from.join('|')}, Arg2:${to.join('|')}` : `${type.id}\tArg1:${either}, Arg2:${either}`)
  }
  return lines
}

/**
 * Spans in Tessera may nest, cross and coincide (an actor inside a claim); brat refuses all three between
 * entities unless `annotation.conf` allows it, as brat's own CRAFT configuration does with this line.
 */
export const OVERLAP_RULE = '<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>'

/** The normalisation database the `N` lines name (`Reference T1 Tessera:<entity id>`). */
export const NORMALIZATION_DB = 'Tessera'

/**
 * `tools.conf`: declares the `Tessera` normalisation database, which brat needs before it shows `N` lines.
 * brat skips an entry without `<URL>`; Tessera's entities live in `tessera.json`, not on the web, so the
 * URL is `about:blank` and `DB:<NONE>` says no lookup database is installed.
 */
export function toolsConf(): string {
  return ['[options]', 'Validation\tvalidate:all', '', '[normalization]', `${NORMALIZATION_DB}\tDB:<NONE>, <URL>:about:blank`, ''].join('\n')
}
