import { createHash } from 'node:crypto'
import { tagIdSchema } from '../model/annotation'
import type { TagDefinition } from '../model/project'
import { trimRunsEnd, trimRunsStart } from '../text/trim-runs'

const NEW_TAG_COLOURS = ['#0891b2', '#dc2626', '#65a30d', '#7c3aed', '#ea580c', '#0d9488', '#db2777', '#4d7c0f', '#9333ea', '#b45309']

/**
 * Matches a foreign label to a project tag (by id or label, ignoring case: "ACTOR", "Actor" → actor),
 * or makes the definition of a new tag for it: an id from the label's letters (`PER` → `per`, an
 * Arabic label → `label-1a2b3c4d`), the label kept as written, a colour from a fixed palette.
 */
export class TagMatcher {
  private readonly byKey = new Map<string, string>()
  private readonly declared = new Map<string, TagDefinition>()
  readonly created: TagDefinition[] = []

  /** With `createNew` false, a label the project has no tag for gets null: its spans are left out. */
  constructor(
    private readonly tags: readonly TagDefinition[],
    private readonly createNew = true
  ) {
    for (const tag of tags) {
      this.byKey.set(tag.id, tag.id)
      this.byKey.set(tag.label.toLowerCase(), tag.id)
    }
  }

  /**
   * Tags the file itself defines (Tessera's exports, a brat annotation.conf): a label the project has no
   * tag for becomes a new tag with the file's id, label, colour and attributes, not a bare one. The
   * project's own tags are never changed.
   */
  declare(tags: readonly TagDefinition[]): void {
    for (const tag of tags) {
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
    this.created.push({ id, label: (declared?.label ?? label.trim()).slice(0, 80) || id, color: colour, key: null, attributes: structuredClone(declared?.attributes ?? []) })
    this.byKey.set(key, id)
    this.byKey.set(id, id)
    if (declared) {
      this.byKey.set(declared.id.toLowerCase(), id)
      this.byKey.set(declared.label.toLowerCase(), id)
    }
    return id
  }

  definition(id: string): TagDefinition | undefined {
    return this.tags.find((t) => t.id === id) ?? this.created.find((t) => t.id === id)
  }

  private freeId(base: string): string {
    const taken = (id: string): boolean => this.tags.some((t) => t.id === id) || this.created.some((t) => t.id === id)
    let id = base
    for (let n = 2; taken(id); n += 1) id = `${base.slice(0, 36)}-${n}`
    return id
  }
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
