import { randomUUID } from 'node:crypto'
import { ApiError } from '../shared/errors'
import { said } from '../shared/i18n/said'
import type { Applied } from '../history/applied'
import type { Annotation } from '../shared/model/annotation'
import { attributeValueMismatch, type AttributeValue, type AttributeValues } from '../shared/model/attributes'
import type { DocumentRecord } from '../shared/model/document'
import type { Relation } from '../shared/model/relation'
import type { TagDefinition } from '../shared/model/project'
import { FIGURE_QUALIFIER, FIGURE_UPPER, FIGURE_VALUE } from '../shared/model/figure-interval'
import { readFigure } from '../shared/text/figure-reading'
import { isCodePointBoundary, quoteWithContext } from '../shared/text/spans'

/**
 * Every change to a document's annotations is one of these commands, applied in one place. Each
 * application returns the commands that undo it and the commands that redo it exactly (same ids, same
 * times), so the history can replay either way and leave the file byte-identical.
 *
 * `restore` and `replace` are the building blocks of undo: they put back a whole annotation as it was.
 */
export type AnnotationCommand =
  | { type: 'create'; tag: string; start: number; end: number }
  | { type: 'delete'; annotationId: string }
  | { type: 'setTag'; annotationId: string; tag: string }
  | { type: 'resize'; annotationId: string; start: number; end: number }
  | { type: 'setNote'; annotationId: string; note: string }
  | { type: 'setAttribute'; annotationId: string; attribute: string; value: AttributeValue | null }
  | { type: 'restore'; annotation: Annotation; index: number; relations: IndexedRelation[] }
  | { type: 'replace'; annotation: Annotation }

export interface IndexedRelation {
  relation: Relation
  index: number
}

export interface CommandEnvironment {
  tags: readonly TagDefinition[]
  author: string
  now: string
}

export interface CommandOutcome extends Applied<AnnotationCommand> {
  /** The annotation the command created, changed or removed (or found already as asked). */
  annotation: Annotation
}

/**
 * Applies `command` to `document` in place. Throws an ApiError (and changes nothing) when the command
 * does not fit the document.
 */
export function applyAnnotationCommand(
  document: DocumentRecord,
  command: AnnotationCommand,
  environment: CommandEnvironment
): CommandOutcome {
  switch (command.type) {
    case 'create':
      return create(document, command, environment)
    case 'delete': {
      const removed = removeAnnotationWithRelations(document, command.annotationId)
      return { annotation: removed.annotation, changed: true, inverse: [{ type: 'restore', ...removed }], redo: [command] }
    }
    case 'restore': {
      if (document.annotations.some((a) => a.id === command.annotation.id)) {
        throw new ApiError('invalid-input', said('problems.annotations.alreadyExists', { id: command.annotation.id, title: document.title }))
      }
      const annotation = structuredClone(command.annotation)
      document.annotations.splice(Math.min(command.index, document.annotations.length), 0, annotation)
      for (const { relation, index } of command.relations) document.relations.splice(index, 0, structuredClone(relation))
      return { annotation, changed: true, inverse: [{ type: 'delete', annotationId: annotation.id }], redo: [command] }
    }
    case 'replace':
      return edit(document, command.annotation.id, () => structuredClone(command.annotation))
    case 'setTag': {
      const tag = findTag(command.tag, environment.tags)
      return edit(document, command.annotationId, (annotation) => {
        if (annotation.tag === command.tag) return annotation
        assertNoTwin(document, annotation, tag.id, annotation.start, annotation.end, annotation.quote)
        return { ...annotation, tag: tag.id, attributes: keepDefined(annotation.attributes, tag), updatedAt: environment.now }
      })
    }
    case 'resize':
      return edit(document, command.annotationId, (annotation) => {
        if (annotation.start === command.start && annotation.end === command.end) return annotation
        assertValidSpan(document.text, command.start, command.end)
        assertNoTwin(document, annotation, annotation.tag, command.start, command.end, document.text.slice(command.start, command.end))
        return {
          ...annotation,
          start: command.start,
          end: command.end,
          ...quoteWithContext(document.text, command.start, command.end),
          updatedAt: environment.now
        }
      })
    case 'setNote':
      return edit(document, command.annotationId, (annotation) =>
        annotation.note === command.note ? annotation : { ...annotation, note: command.note, updatedAt: environment.now }
      )
    case 'setAttribute':
      return edit(document, command.annotationId, (annotation) => setAttribute(annotation, command, environment))
  }
}

function create(
  document: DocumentRecord,
  command: Extract<AnnotationCommand, { type: 'create' }>,
  environment: CommandEnvironment
): CommandOutcome {
  const tag = findTag(command.tag, environment.tags)
  assertValidSpan(document.text, command.start, command.end)
  // A twin is one of the same annotator's: another's identical span is their layer's, and double annotation needs both.
  const existing = document.annotations.find((a) => a.tag === command.tag && a.start === command.start && a.end === command.end && a.author === environment.author)
  if (existing) return { annotation: existing, changed: false, inverse: [], redo: [] }
  const quoted = quoteWithContext(document.text, command.start, command.end)
  const annotation: Annotation = {
    id: randomUUID(),
    tag: command.tag,
    start: command.start,
    end: command.end,
    ...quoted,
    attributes: defaultAttributes(tag, quoted.quote, quoted.prefix),
    note: '',
    author: environment.author,
    createdAt: environment.now,
    updatedAt: environment.now,
    entityId: null
  }
  const index = document.annotations.length
  document.annotations.push(annotation)
  return {
    annotation,
    changed: true,
    inverse: [{ type: 'delete', annotationId: annotation.id }],
    redo: [{ type: 'restore', annotation: structuredClone(annotation), index, relations: [] }]
  }
}

/**
 * Attributes a new annotation starts with: a `value` number parsed from the span, when it states one,
 * and (where the tag defines them) how the text qualifies it (the span, or the words just before
 * it: "at least [300]") and a range's upper end.
 */
export function defaultAttributes(tag: TagDefinition, quote: string, before = ''): AttributeValues {
  const reading = readFigure(quote, before)
  if (!reading) return {}
  const attributes: AttributeValues = {}
  const defines = (id: string, type: string) => tag.attributes.some((d) => d.id === id && d.type === type)
  if (defines(FIGURE_VALUE, 'number')) attributes[FIGURE_VALUE] = reading.value
  const qualifier = tag.attributes.find((d) => d.id === FIGURE_QUALIFIER)
  if (qualifier?.type === 'choice' && qualifier.values.includes(reading.qualifier)) attributes[FIGURE_QUALIFIER] = reading.qualifier
  if (reading.upper !== null && defines(FIGURE_UPPER, 'number')) attributes[FIGURE_UPPER] = reading.upper
  return attributes
}

function setAttribute(
  annotation: Annotation,
  command: Extract<AnnotationCommand, { type: 'setAttribute' }>,
  environment: CommandEnvironment
): Annotation {
  const tag = findTag(annotation.tag, environment.tags)
  const definition = tag.attributes.find((d) => d.id === command.attribute)
  if (!definition) {
    const known = tag.attributes.length > 0 ? tag.attributes.map((d) => d.id).join(', ') : said('problems.annotations.noAttributes')
    throw new ApiError('invalid-input', said('problems.annotations.noSuchAttribute', { tag: tag.label, attribute: command.attribute, known }))
  }
  let attributes = { ...annotation.attributes }
  if (command.value === null) {
    if (!(command.attribute in attributes)) return annotation
    attributes = Object.fromEntries(Object.entries(attributes).filter(([id]) => id !== command.attribute))
  } else {
    const problem = attributeValueMismatch(definition, command.value)
    if (problem) throw new ApiError('invalid-input', said('problems.annotations.valueDoesNotFit', { problem, value: JSON.stringify(command.value) }))
    if (attributes[command.attribute] === command.value) return annotation
    attributes[command.attribute] = command.value
  }
  return { ...annotation, attributes, updatedAt: environment.now }
}

/** The values that `tag` still defines and that still fit their definitions. */
export function keepDefined(values: AttributeValues, tag: TagDefinition): AttributeValues {
  const kept: AttributeValues = {}
  for (const [id, value] of Object.entries(values)) {
    const definition = tag.attributes.find((d) => d.id === id)
    if (definition && attributeValueMismatch(definition, value) === null) kept[id] = value
  }
  return kept
}

/** Replaces an annotation by `change(annotation)`; returning the same object means no change. */
function edit(document: DocumentRecord, annotationId: string, change: (annotation: Annotation) => Annotation): CommandOutcome {
  const previous = findAnnotation(document, annotationId)
  const next = change(previous)
  if (next === previous) return { annotation: previous, changed: false, inverse: [], redo: [] }
  document.annotations[document.annotations.indexOf(previous)] = next
  return {
    annotation: next,
    changed: true,
    inverse: [{ type: 'replace', annotation: previous }],
    redo: [{ type: 'replace', annotation: structuredClone(next) }]
  }
}

function findTag(tagId: string, tags: readonly TagDefinition[]): TagDefinition {
  const tag = tags.find((t) => t.id === tagId)
  if (!tag) throw new ApiError('invalid-input', said('problems.annotations.unknownTag', { tag: tagId, tags: tags.map((t) => `${t.label} (${t.id})`).join(', ') }))
  return tag
}

/** Refuses a retag or resize that would make an annotation the twin of another in the same annotator's layer. */
function assertNoTwin(document: DocumentRecord, { id, author }: Annotation, tag: string, start: number, end: number, quote: string): void {
  if (document.annotations.some((a) => a.id !== id && a.author === author && a.tag === tag && a.start === start && a.end === end)) {
    throw new ApiError('invalid-input', said('problems.annotations.alreadyTagged', { quote, tag }))
  }
}

export function assertValidSpan(text: string, start: number, end: number): void {
  if (end <= start) throw new ApiError('invalid-input', said('problems.annotations.spanBackwards', { start, end }))
  if (end > text.length) throw new ApiError('invalid-input', said('problems.annotations.spanPastEnd', { start, end, length: text.length }))
  if (!isCodePointBoundary(text, start) || !isCodePointBoundary(text, end)) {
    throw new ApiError('invalid-input', said('problems.annotations.spanCutsCharacter', { start, end }))
  }
}

/**
 * Removes an annotation and every relation that has it at either end; returns what puts both back
 * exactly (positions included) with a `restore` command: the relation-integrity rule in one place.
 */
export function removeAnnotationWithRelations(
  document: DocumentRecord,
  annotationId: string
): { annotation: Annotation; index: number; relations: IndexedRelation[] } {
  const annotation = findAnnotation(document, annotationId)
  const index = document.annotations.indexOf(annotation)
  const relations = document.relations
    .map((relation, i) => ({ relation, index: i }))
    .filter(({ relation }) => relation.from === annotationId || relation.to === annotationId)
  document.annotations.splice(index, 1)
  document.relations = document.relations.filter((r) => r.from !== annotationId && r.to !== annotationId)
  return { annotation, index, relations }
}

export function findAnnotation(document: DocumentRecord, annotationId: string): Annotation {
  const annotation = document.annotations.find((a) => a.id === annotationId)
  if (!annotation) throw new ApiError('not-found', said('problems.annotations.notFound', { id: annotationId, title: document.title }))
  return annotation
}
