import { attributeDefinitionSchema } from '../shared/model/attributes'
import { MAX_ATTRIBUTES_PER_TAG, tagDefinitionSchema, type TagDefinition } from '../shared/model/project'
import { said } from '../shared/i18n/said'
import { interchangeError } from './interchange-read'

const COLOUR = '#64748b'

/** A brat name as a Tessera id: lower case, other characters as `sep` (`Organization-Name` → `organization-name`). */
function idFrom(name: string, sep: '-' | '_'): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, sep)
    .replace(new RegExp(`^[^a-z]+|\\${sep}+$`, 'g'), '')
    .slice(0, 40)
}

/**
 * The tag set a foreign brat `annotation.conf` declares, so an import can add its tags whole: each entity
 * type of `[entities]` (hierarchy indentation and `!` abstract marks dropped) and each event type of
 * `[events]` that can be annotated (its triggers are imported as spans) a tag labelled with the brat name,
 * and each `[attributes]` line a flag (no `Value:`) or a choice (`Value:a|b`) on the tags its `Arg:`
 * names (`<ENTITY>` every entity type, `<EVENT>` every event type, `<ANY>` both). Lines Tessera has no
 * use for (relations, macros, event arguments) are ignored;
 * names that make no valid id are left out rather than guessed. A conf that gives one entity type more
 * attributes than a tag may have is refused, naming `fileName` and the limit: the project's tag set must
 * stay one that opens again.
 */
export function tagsFromAnnotationConf(conf: string, fileName = 'annotation.conf'): TagDefinition[] {
  let section = ''
  const tags = new Map<string, TagDefinition>()
  const attributeLines: string[] = []
  const eventTypes = new Set<string>()
  for (const raw of conf.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const hash = raw.indexOf('#')
    const line = (hash === -1 ? raw : raw.slice(0, hash)).trimEnd()
    if (line.trim() === '') continue
    const header = /^\[(\w+)\]$/.exec(line.trim())
    if (header?.[1]) {
      section = header[1]
      continue
    }
    const abstract = line.trim().startsWith('!')
    const name = line.trim().replace(/^!/, '').split(/\s/)[0] ?? ''
    // Event types are tags too: Tessera imports each event's trigger as a span of its type.
    const isEvent = section === 'events' && !abstract && !name.startsWith('<')
    if (section === 'entities' || isEvent) {
      const tag = tagDefinitionSchema.safeParse({ id: idFrom(name, '-'), label: name.slice(0, 80), color: COLOUR, key: null, attributes: [] })
      if (tag.success && !tags.has(name)) tags.set(name, tag.data)
      if (tag.success && isEvent) eventTypes.add(name)
    } else if (section === 'attributes') attributeLines.push(line.trim())
  }
  for (const line of attributeLines) {
    // brat separates the name from its arguments by a TAB or, in its own tutorial confs, by spaces.
    const gap = line.search(/\s/)
    const name = gap === -1 ? line : line.slice(0, gap)
    const spec = gap === -1 ? '' : line.slice(gap).trim()
    const args = /Arg:([^,]+)/.exec(spec)?.[1]?.trim().split('|') ?? []
    const values = /Value:([^,]+)/.exec(spec)?.[1]?.trim().split('|') ?? []
    const candidate = values.length > 0 ? { id: idFrom(name, '_'), label: name.slice(0, 80), type: 'choice', values } : { id: idFrom(name, '_'), label: name.slice(0, 80), type: 'flag' }
    const definition = attributeDefinitionSchema.safeParse(candidate)
    if (!definition.success) continue
    for (const [bratName, tag] of tags) {
      const fits = args.includes(bratName) || args.includes('<ANY>') || args.includes(eventTypes.has(bratName) ? '<EVENT>' : '<ENTITY>')
      if (!fits) continue
      if (!tag.attributes.some((a) => a.id === definition.data.id)) tag.attributes.push(structuredClone(definition.data))
    }
  }
  for (const [bratName, tag] of tags) {
    if (tag.attributes.length > MAX_ATTRIBUTES_PER_TAG) {
      throw interchangeError(fileName, said('readers.brat.tooManyAttributes', { count: tag.attributes.length, type: bratName.slice(0, 80), limit: MAX_ATTRIBUTES_PER_TAG }))
    }
  }
  return [...tags.values()]
}
