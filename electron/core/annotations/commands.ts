import { randomUUID } from 'node:crypto'
import { ApiError } from '../errors'
import type { Annotation } from '../model/annotation'
import type { DocumentRecord } from '../model/document'
import type { TagDefinition } from '../model/project'
import { isCodePointBoundary, quoteWithContext } from '../text/spans'

/**
 * Every change to annotations is one of these commands, applied in one place, so that undo/redo and
 * change events have a single hook.
 */
export type AnnotationCommand =
  | { type: 'create'; tag: string; start: number; end: number }
  | { type: 'setTag'; annotationId: string; tag: string }
  | { type: 'delete'; annotationId: string }

export interface CommandEnvironment {
  tags: readonly TagDefinition[]
  author: string
  now: string
}

export interface CommandOutcome {
  /** The annotation the command created, changed or removed (or found already as asked). */
  annotation: Annotation
  /** False when the document already was as the command asks: nothing to write, nothing to announce. */
  changed: boolean
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
    case 'create': {
      assertKnownTag(command.tag, environment.tags)
      assertValidSpan(document.text, command.start, command.end)
      const existing = document.annotations.find(
        (a) => a.tag === command.tag && a.start === command.start && a.end === command.end
      )
      if (existing) return { annotation: existing, changed: false }
      const annotation: Annotation = {
        id: randomUUID(),
        tag: command.tag,
        start: command.start,
        end: command.end,
        ...quoteWithContext(document.text, command.start, command.end),
        attributes: {},
        note: '',
        author: environment.author,
        createdAt: environment.now,
        updatedAt: environment.now,
        entityId: null
      }
      document.annotations.push(annotation)
      if (document.status === 'not-started') document.status = 'in-progress'
      return { annotation, changed: true }
    }
    case 'setTag': {
      assertKnownTag(command.tag, environment.tags)
      const annotation = findAnnotation(document, command.annotationId)
      const twin = document.annotations.find(
        (a) => a.id !== annotation.id && a.tag === command.tag && a.start === annotation.start && a.end === annotation.end
      )
      if (twin) throw new ApiError('invalid-input', `"${annotation.quote}" is already tagged ${command.tag}.`)
      if (annotation.tag === command.tag) return { annotation, changed: false }
      // Replaced, not edited in place: the store shares unchanged annotations between versions.
      const retagged: Annotation = { ...annotation, tag: command.tag, updatedAt: environment.now }
      document.annotations = document.annotations.map((a) => (a === annotation ? retagged : a))
      return { annotation: retagged, changed: true }
    }
    case 'delete': {
      const annotation = findAnnotation(document, command.annotationId)
      document.annotations = document.annotations.filter((a) => a.id !== command.annotationId)
      return { annotation, changed: true }
    }
  }
}

function assertKnownTag(tag: string, tags: readonly TagDefinition[]): void {
  if (!tags.some((t) => t.id === tag)) {
    throw new ApiError('invalid-input', `Unknown tag "${tag}": this project's tags are ${tags.map((t) => t.id).join(', ')}.`)
  }
}

function assertValidSpan(text: string, start: number, end: number): void {
  if (end <= start) throw new ApiError('invalid-input', `A span must end after it starts (start ${start}, end ${end}).`)
  if (end > text.length) {
    throw new ApiError('invalid-input', `The span ${start}–${end} runs past the end of the text (${text.length} UTF-16 units).`)
  }
  if (!isCodePointBoundary(text, start) || !isCodePointBoundary(text, end)) {
    throw new ApiError('invalid-input', `The span ${start}–${end} cuts a character (an emoji or other astral character) in half.`)
  }
}

function findAnnotation(document: DocumentRecord, annotationId: string): Annotation {
  const annotation = document.annotations.find((a) => a.id === annotationId)
  if (!annotation) throw new ApiError('not-found', `No annotation ${annotationId} in document "${document.title}".`)
  return annotation
}
