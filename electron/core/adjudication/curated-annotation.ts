import { randomUUID } from 'node:crypto'
import { defaultAttributes, keepDefined } from '../annotations/commands'
import { CURATED_AUTHOR } from '../shared/model/adjudication'
import type { DisagreementSpan } from '../shared/model/agreement'
import type { Annotation } from '../shared/model/annotation'
import type { TagDefinition } from '../shared/model/project'
import { quoteWithContext } from '../shared/text/spans'

/**
 * A span of the curated layer: author "curated", `curator` the user who decided it, `createdAt` when. Taken from an
 * annotator's annotation (`source`), it keeps what the annotator wrote on it (attributes the tag still defines,
 * note, entity link); a span no annotator drew as it is starts with the attributes a new annotation gets.
 */
export function curatedAnnotation(
  text: string,
  span: DisagreementSpan,
  source: Annotation | null,
  tag: TagDefinition,
  curator: string,
  now: string
): Annotation {
  const quoted = quoteWithContext(text, span.start, span.end)
  return {
    id: randomUUID(),
    tag: span.tag,
    start: span.start,
    end: span.end,
    ...quoted,
    attributes: source ? keepDefined(source.attributes, tag) : defaultAttributes(tag, quoted.quote, quoted.prefix),
    note: source?.note ?? '',
    author: CURATED_AUTHOR,
    ...(curator === '' ? {} : { curator }),
    createdAt: now,
    updatedAt: now,
    entityId: source?.entityId ?? null
  }
}

/**
 * The annotation a curated span is taken from: `preferred`'s (the version accepted) or any compared annotator's with
 * the same extent and tag, else the first of theirs with the tag that overlaps it (a merged span), else none.
 */
export function sourceOf(annotations: readonly Annotation[], span: DisagreementSpan, annotators: readonly string[], preferred?: string): Annotation | null {
  const compared = annotations.filter((annotation) => annotators.includes(annotation.author) && annotation.tag === span.tag)
  const same = (annotation: Annotation) => annotation.start === span.start && annotation.end === span.end
  return (
    compared.find((annotation) => annotation.author === preferred && same(annotation)) ??
    compared.find(same) ??
    compared.find((annotation) => annotation.start < span.end && span.start < annotation.end) ??
    null
  )
}
