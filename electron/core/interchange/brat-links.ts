import { createHash } from 'node:crypto'
import type { DeclaredEntity, ImportedAnnotation, ImportedRelation } from '../import/imported-document'
import type { AttributeDefinition } from '../shared/model/attributes'
import { attributeValueSchema } from '../shared/model/attributes'
import { relationTypeIdSchema, relationTypeSchema } from '../shared/model/relation'
import { bratValue } from '../exports/formats/brat-conf'
import { shorten } from '../import/warnings'
import { commaList } from '../import/said-lists'
import type { MessageKey } from '../shared/i18n/catalogue'
import { said, type Said, type SaidValue } from '../shared/i18n/said'

/** What the lines after the T lines of one `.ann` need: the spans read so far and how to report. */
export interface BratLinksContext {
  annName: string
  lines: readonly string[]
  annotations: ReadonlyMap<string, ImportedAnnotation>
  /** T ids left out (too many fragments): lines about them are left out with them, already reported. */
  skipped: ReadonlySet<string>
  /** `<brat type> <attribute name>` → the tag attribute it is. */
  attributeNames: ReadonlyMap<string, AttributeDefinition>
  quoteOf(annotation: ImportedAnnotation): string
  warn(message: Said): void
  fail(index: number, problem: Said): never
}

const MAX_IDS_LISTED = 5

/** Ids grouped by why they were left out (a message of the `readers.brat.leftOut.` keys), reported as one line per reason (a file may hold thousands). */
class LeftOut {
  private readonly byReason = new Map<MessageKey, SaidValue[]>()
  add(reason: MessageKey, what: SaidValue): void {
    const list = this.byReason.get(reason) ?? []
    list.push(what)
    this.byReason.set(reason, list)
  }
  report(annName: string, warn: (message: Said) => void): void {
    for (const [reason, list] of this.byReason) {
      const shown = commaList(list.slice(0, MAX_IDS_LISTED))
      const more = list.length > MAX_IDS_LISTED ? said('readers.andMore', { count: list.length - MAX_IDS_LISTED }) : ''
      warn(said('readers.brat.leftOut', { file: annName, count: list.length, reason: said(reason), shown, more }))
    }
  }
}

/** `E1 on R2`, or `E1 on nothing` when the line names nothing. */
const onRef = (id: string, ref: string): Said => (ref ? said('readers.brat.item.on', { id, ref }) : said('readers.brat.item.onNothing', { id }))

/** Undoes the escaping of a note written on one line: `\n`, `\r`, `\t` and `\\`. */
export function unescapeNote(text: string): string {
  return text.replace(/\\([\\nrt])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', '\\': '\\' })[c] ?? c)
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * The A, M, #, R, N, E and `*` lines of one `.ann`, applied to its spans: an event's trigger is the span
 * its attributes and notes go on; `*` equivalences and foreign `N` normalisations become entities the
 * mentions link to. Whatever Tessera cannot hold (event arguments, notes on relations, ...) is reported.
 */
export function applyBratLinks(context: BratLinksContext): { relations: ImportedRelation[]; entities: DeclaredEntity[] } {
  const { annName, lines, annotations, skipped, warn, fail } = context
  const leftOut = new LeftOut()
  const relations: ImportedRelation[] = []
  const entities = new Map<string, DeclaredEntity>()
  const triggers = new Map<string, string>()
  const otherIds = new Set<string>()
  const events: { index: number; id: string; type: string; args: { role: string; target: string }[] }[] = []

  lines.forEach((line, index) => {
    const [id = '', spec = ''] = line.split('\t')
    if (id.startsWith('E')) {
      const [head = '', ...args] = spec.split(' ').filter((p) => p !== '')
      const colon = head.lastIndexOf(':')
      const type = head.slice(0, colon)
      const trigger = head.slice(colon + 1)
      if (colon <= 0 || skipped.has(trigger)) return
      if (!annotations.has(trigger)) return fail(index, said('readers.brat.badTrigger', { id: shorten(id), trigger: shorten(trigger) }))
      triggers.set(id, trigger)
      events.push({ index, id, type, args: args.map((a) => ({ role: a.slice(0, a.lastIndexOf(':')), target: a.slice(a.lastIndexOf(':') + 1) })) })
    } else if (/^[RAM#N*]/.test(id)) otherIds.add(id)
  })
  /** A T line's span, or the trigger span of an E line. */
  const spanOf = (ref: string): ImportedAnnotation | undefined => annotations.get(triggers.get(ref) ?? ref)
  const isSkipped = (ref: string): boolean => skipped.has(triggers.get(ref) ?? ref)

  for (const event of events) {
    const from = triggers.get(event.id) ?? ''
    for (const { role, target } of event.args) {
      const type = relationTypeSchema.safeParse(withoutNumber(role))
      if (type.success && spanOf(target)) relations.push({ type: type.data, from, to: triggers.get(target) ?? target })
      else leftOut.add('readers.brat.leftOut.eventArguments', `${event.id} ${role}:${target}`)
    }
  }

  const equivalences: string[][] = []
  lines.forEach((line, index) => {
    const fields = line.split('\t')
    const [id = '', spec = ''] = fields
    const parts = spec.split(' ')
    const ref = parts[1] ?? ''
    if (id.startsWith('A') || id.startsWith('M')) {
      if (isSkipped(ref)) return
      const target = spanOf(ref)
      if (!target) {
        if (otherIds.has(ref)) return leftOut.add('readers.brat.leftOut.attributesNotOnSpans', onRef(id, ref))
        return fail(index, ref ? said('readers.brat.refersTo', { ref }) : said('readers.brat.refersToNothing'))
      }
      const name = parts[0] ?? ''
      const definition = context.attributeNames.get(`${target.tag} ${name}`)
      const raw = parts[2]
      const value = raw === undefined ? true : definition?.type === 'choice' ? (definition.values.find((v) => bratValue(v) === raw) ?? raw) : raw
      target.attributes = { ...target.attributes, [definition?.id ?? name]: value }
    } else if (id.startsWith('#')) {
      if (isSkipped(ref)) return
      const target = spanOf(ref)
      const value = fields.slice(2).join('\t')
      if (!target) return leftOut.add('readers.brat.leftOut.notesNotOnSpans', onRef(id, ref))
      if (parts[0] === 'TesseraAttribute') {
        const eq = value.indexOf('=')
        const parsed = attributeValueSchema.safeParse(safeJson(unescapeNote(value.slice(eq + 1))))
        if (eq > 0 && parsed.success) target.attributes = { ...target.attributes, [value.slice(0, eq)]: parsed.data }
        else leftOut.add('readers.brat.leftOut.attributeNotes', id)
        return
      }
      const note = unescapeNote(value)
      target.note = target.note ? `${target.note}\n${note}` : note
    } else if (id.startsWith('R')) {
      // A type id-shaped like a project's (Tessera's own export writes ids) goes on; the import keeps it when the project defines it.
      const type = relationTypeIdSchema.safeParse(parts[0])
      const from = parts[1]?.replace(/^Arg1:/, '') ?? ''
      const to = parts[2]?.replace(/^Arg2:/, '') ?? ''
      if (type.success && spanOf(from) && spanOf(to)) relations.push({ type: type.data, from: triggers.get(from) ?? from, to: triggers.get(to) ?? to })
      else if (!type.success) leftOut.add('readers.brat.leftOut.relationTypes', `${id} ${shorten(parts[0] ?? '')}`)
      else leftOut.add('readers.brat.leftOut.relationEnds', id)
    } else if (id.startsWith('N')) {
      const target = spanOf(ref)
      if (isSkipped(ref)) return
      if (!target) return leftOut.add('readers.brat.leftOut.normalisationsNotOnSpans', onRef(id, ref))
      const reference = parts[2] ?? ''
      if (reference.startsWith('Tessera:')) target.entityId = reference.slice('Tessera:'.length)
      else if (reference.includes(':')) {
        const entity = declare(entities, reference.slice(0, 64), fields[2] || context.quoteOf(target), target.tag, `${reference} (brat normalisation)`)
        if (entity) target.entityId = entity.id
        else leftOut.add('readers.brat.leftOut.normalisationNames', id)
      } else leftOut.add('readers.brat.leftOut.normalisationReferences', id)
    } else if (id.startsWith('*')) {
      const members = parts.slice(1).filter((m) => m !== '')
      const kept = members.filter((m) => spanOf(m))
      if (kept.length < members.length) leftOut.add('readers.brat.leftOut.equivalenceMembers', said('readers.brat.item.line', { id, line: index + 1 }))
      if (kept.length > 1) equivalences.push(kept)
    } else if (id !== '' && !id.startsWith('T') && !id.startsWith('E')) leftOut.add('readers.brat.leftOut.otherLines', said('readers.brat.item.lineAlone', { line: index + 1 }))
  })

  linkEquivalences(context, equivalences, spanOf, entities, leftOut)
  leftOut.report(annName, warn)
  return { relations, entities: [...entities.values()] }
}

/** A numbered role as brat numbers repeated arguments (`Theme2` → `Theme`). */
function withoutNumber(role: string): string {
  let end = role.length
  while (end > 0 && role.charCodeAt(end - 1) >= 48 && role.charCodeAt(end - 1) <= 57) end -= 1
  return role.slice(0, end)
}

function declare(entities: Map<string, DeclaredEntity>, id: string, name: string, type: string, note: string): DeclaredEntity | null {
  const trimmed = shorten(name.replace(/\s+/g, ' ').trim(), 200)
  if (!trimmed) return null
  const existing = entities.get(id)
  if (existing) return existing
  const entity: DeclaredEntity = { id, name: trimmed, type, aliases: [], note, coordinates: null }
  entities.set(id, entity)
  return entity
}

/** `*` lines: mentions sharing a line (or a member, transitively) are one entity, named after the first in the text. */
function linkEquivalences(
  context: BratLinksContext,
  groups: readonly string[][],
  spanOf: (ref: string) => ImportedAnnotation | undefined,
  entities: Map<string, DeclaredEntity>,
  leftOut: LeftOut
): void {
  const parent = new Map<ImportedAnnotation, ImportedAnnotation>()
  const root = (a: ImportedAnnotation): ImportedAnnotation => {
    let at = a
    while (parent.get(at) && parent.get(at) !== at) at = parent.get(at) ?? at
    return at
  }
  for (const group of groups) {
    const spans = group.map(spanOf).filter((s): s is ImportedAnnotation => s !== undefined)
    const first = spans[0]
    if (!first) continue
    for (const span of spans) parent.set(root(span), root(first))
  }
  const members = new Map<ImportedAnnotation, ImportedAnnotation[]>()
  for (const span of parent.keys()) members.set(root(span), [...(members.get(root(span)) ?? []), span])
  const fileKey = createHash('sha256').update(context.annName).digest('hex').slice(0, 8)
  let n = 0
  for (const spans of members.values()) {
    spans.sort((a, b) => a.start - b.start || a.end - b.end)
    const linked = spans.find((s) => s.entityId)?.entityId
    const first = spans[0]
    if (!first) continue
    const names = [...new Set(spans.map((s) => context.quoteOf(s).replace(/\s+/g, ' ').trim()))]
    const entity = linked ? null : declare(entities, `brat-eq-${fileKey}-${(n += 1)}`, context.quoteOf(first), first.tag, `brat equivalence (*) in ${context.annName}`)
    if (entity) entity.aliases = names.slice(1).filter((a) => a !== '').map((a) => shorten(a, 200))
    const entityId = linked ?? entity?.id
    if (!entityId) continue
    for (const span of spans) if (!span.entityId) span.entityId = entityId
    if (new Set(spans.map((s) => s.tag)).size > 1) leftOut.add('readers.brat.leftOut.mixedEquivalences', `${first.id ?? ''} ${names[0] ?? ''}`)
  }
}
