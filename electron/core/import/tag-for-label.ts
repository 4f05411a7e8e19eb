import { createHash } from 'node:crypto'
import { said, verbatim, type Said } from '../shared/i18n/said'
import { tagIdSchema } from '../shared/model/annotation'
import { attributeDefinitionSchema, type AttributeDefinition } from '../shared/model/attributes'
import { MAX_ATTRIBUTES_PER_TAG, type TagDefinition } from '../shared/model/project'
import { trimRunsEnd, trimRunsStart } from '../shared/text/trim-runs'

const NEW_TAG_COLOURS = ['#0891b2', '#dc2626', '#65a30d', '#7c3aed', '#ea580c', '#0d9488', '#db2777', '#4d7c0f', '#9333ea', '#b45309']

/** An attribute a file declares for a tag the project has, added to that tag by the import. */
export interface AttributeAddition {
  tag: string
  attribute: AttributeDefinition
}

/**
 * Matches a foreign label to a project tag (by id or label, ignoring case: "ACTOR", "Actor" → actor),
 * or makes the definition of a new tag for it: an id from the label's letters (`PER` → `per`, an
 * Arabic label → `label-1a2b3c4d`), the label kept as written, a colour from a fixed palette.
 */
export class TagMatcher {
  private readonly byKey = new Map<string, string>()
  private readonly declared = new Map<string, TagDefinition>()
  /** The project's tags with the attributes this import adds to them. */
  private readonly effective = new Map<string, TagDefinition>()
  readonly created: TagDefinition[] = []
  readonly addedAttributes: AttributeAddition[] = []
  /** Declarations the import could not follow (a conflicting definition, a limit): each said once. */
  readonly notes: Said[] = []

  /** With `createNew` false, a label or attribute the project has no definition for is not added: its values are left out. */
  constructor(
    private readonly tags: readonly TagDefinition[],
    private readonly createNew = true
  ) {
    for (const tag of tags) {
      this.byKey.set(tag.id, tag.id)
      this.byKey.set(tag.label.toLowerCase(), tag.id)
      this.effective.set(tag.id, structuredClone(tag))
    }
  }

  /**
   * Tags the file itself defines (Tessera's exports, a brat annotation.conf): a label the project has no
   * tag for becomes a new tag with the file's id, label, colour and attributes, not a bare one. A tag the
   * project has gains the attributes the file declares and it lacks; an attribute the project defines
   * otherwise (another type, other choices) keeps the project's definition and is noted, never merged.
   */
  declare(tags: readonly TagDefinition[]): void {
    for (const tag of tags) {
      const known = this.byKey.get(tag.id.toLowerCase()) ?? this.byKey.get(tag.label.toLowerCase())
      const target = known === undefined ? undefined : this.effective.get(known)
      if (target) {
        this.reconcile(target, tag)
        continue
      }
      this.declared.set(tag.id.toLowerCase(), tag)
      this.declared.set(tag.label.toLowerCase(), tag)
    }
  }

  tagFor(label: string): string | null {
    const key = label.trim().toLowerCase()
    const known = this.byKey.get(key)
    if (known) return known
    if (!this.createNew) return null
    const declared = this.declared.get(key)
    const id = this.freeId((declared && tagIdSchema.safeParse(declared.id).success ? declared.id : slug(key)) || `label-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`)
    const colour = declared?.color ?? NEW_TAG_COLOURS[(this.tags.length + this.created.length) % NEW_TAG_COLOURS.length] ?? '#64748b'
    const created: TagDefinition = { id, label: (declared?.label ?? label.trim()).slice(0, 80) || id, color: colour, key: this.freeKey(declared?.key), attributes: [] }
    for (const attribute of declared?.attributes ?? []) this.addAttribute(created, attribute, declared?.label ?? id)
    this.created.push(created)
    this.effective.set(id, created)
    this.byKey.set(key, id)
    this.byKey.set(id, id)
    if (declared) {
      this.byKey.set(declared.id.toLowerCase(), id)
      this.byKey.set(declared.label.toLowerCase(), id)
    }
    return id
  }

  /** The key a file declares for a new tag, when no tag of the project or of this import applies with it already. */
  private freeKey(key: string | null | undefined): string | null {
    if (!key || !/^[1-9]$/.test(key)) return null
    return [...this.tags, ...this.created].some((t) => t.key === key) ? null : key
  }

  /** The tag's definition as this import sees it: the project's, with the attributes the import adds. */
  definition(id: string): TagDefinition | undefined {
    return this.effective.get(id)
  }

  private reconcile(target: TagDefinition, declared: TagDefinition): void {
    for (const attribute of declared.attributes) {
      const existing = target.attributes.find((a) => a.id === attribute.id)
      if (existing) {
        const conflict = conflictOf(existing, attribute)
        if (conflict) {
          this.note(said('importReport.tags.conflict', { tag: target.label, attribute: attribute.id, theirs: describe(attribute), ours: describe(existing), conflict }))
        }
        continue
      }
      if (!this.createNew) {
        this.note(said('importReport.tags.notAdded', { tag: target.label, attribute: attribute.id }))
        continue
      }
      const added = this.addAttribute(target, attribute, target.label)
      // A tag this import creates carries its attributes whole; only the project's own tags are extended.
      if (added && this.tags.some((t) => t.id === target.id)) this.addedAttributes.push({ tag: target.id, attribute: structuredClone(attribute) })
    }
  }

  /** Adds a declared attribute to a tag's definition when it is valid and the tag has room; notes why not otherwise. */
  private addAttribute(target: TagDefinition, attribute: AttributeDefinition, tagLabel: string): boolean {
    if (target.attributes.some((a) => a.id === attribute.id)) return false
    const valid = attributeDefinitionSchema.safeParse(attribute)
    if (!valid.success) {
      const issue = valid.error.issues[0]?.message
      this.note(said('importReport.tags.invalid', { tag: tagLabel, attribute: String(attribute.id), problem: issue === undefined ? said('importReport.tags.invalidDefault') : verbatim(issue) }))
      return false
    }
    if (target.attributes.length >= MAX_ATTRIBUTES_PER_TAG) {
      this.note(said('importReport.tags.full', { tag: tagLabel, attribute: attribute.id, max: MAX_ATTRIBUTES_PER_TAG }))
      return false
    }
    target.attributes.push(structuredClone(valid.data))
    return true
  }

  private note(message: Said): void {
    const key = JSON.stringify(message)
    if (!this.notes.some((note) => JSON.stringify(note) === key)) this.notes.push(message)
  }

  private freeId(base: string): string {
    const taken = (id: string): boolean => this.tags.some((t) => t.id === id) || this.created.some((t) => t.id === id)
    let id = base
    for (let n = 2; taken(id); n += 1) id = `${base.slice(0, 36)}-${n}`
    return id
  }
}

/**
 * Why a file's definition of an attribute does not match the project's, or null when every value the
 * file may hold fits the project's (the same type; for a choice, values the project has too).
 */
function conflictOf(project: AttributeDefinition, file: AttributeDefinition): Said | null {
  if (project.type !== file.type) return said('importReport.tags.otherType', { theirs: file.type, ours: project.type })
  if (project.type !== 'choice' || file.type !== 'choice') return null
  const missing = file.values.filter((value) => !project.values.includes(value))
  return missing.length === 0 ? null : said('importReport.tags.missingChoices', { choices: missing.map((v) => `"${v}"`).join(', ') })
}

function describe(attribute: AttributeDefinition): Said {
  if (attribute.type === 'choice') return said('importReport.tags.choiceOf', { values: attribute.values.join(', ') })
  return attribute.type === 'flag' ? said('importReport.tags.yesOrNo') : said('importReport.tags.type', { type: attribute.type })
}

function slug(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
  const id = trimRunsEnd(trimRunsEnd(trimRunsStart(words, /[^a-z]/), /-/).slice(0, 40), /-/)
  return tagIdSchema.safeParse(id).success ? id : ''
}
