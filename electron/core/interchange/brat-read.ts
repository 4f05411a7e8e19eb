import { z } from 'zod'
import { BRAT_DOCUMENT_TYPE } from '../exports/formats/brat-document-fields'
import { BRAT_SIDECAR } from '../exports/formats/brat'
import { bratAttributes } from '../exports/formats/brat-conf'
import type { DeclaredEntity, ImportedAnnotation, ImportedDocument } from '../import/imported-document'
import { said, type Said } from '../shared/i18n/said'
import { documentStatusSchema } from '../shared/model/document'
import { tagDefinitionSchema } from '../shared/model/project'
import { MAX_QUOTE_CHARS, shorten } from '../import/warnings'
import { applyBratLinks } from './brat-links'
import { declaredEntitySchema, describeIssue, interchangeError, type InterchangeRead, type InterchangeReadOptions } from './interchange-read'

const sidecarSchema = z.object({
  format: z.literal('tessera-brat'),
  tags: z.array(tagDefinitionSchema).default([]),
  entities: z.array(declaredEntitySchema).default([]),
  documents: z
    .array(
      z.object({
        file: z.string(),
        id: z.string().optional(),
        title: z.string().optional(),
        outlet: z.string().optional(),
        /** The outlet, as sidecars written before `outlet` named it. */
        source: z.string().optional(),
        author: z.string().optional(),
        date: z.string().nullable().optional(),
        url: z.string().optional(),
        language: z.string().optional(),
        status: documentStatusSchema.optional()
      })
    )
    .default([])
})
export type BratSidecar = z.infer<typeof sidecarSchema>

export function parseBratSidecar(fileName: string, content: string): BratSidecar {
  let json: unknown
  try {
    json = JSON.parse(content)
  } catch (error) {
    throw interchangeError(fileName, said('readers.notJson', { error: (error as Error).message }))
  }
  const parsed = sidecarSchema.safeParse(json)
  if (!parsed.success) throw interchangeError(fileName, said('readers.brat.notSidecar', { issue: describeIssue(parsed.error.issues) }))
  return parsed.data
}

export { unescapeNote } from './brat-links'

/** The most fragments one discontinuous span may have; brat's own tools write a handful. */
export const MAX_BRAT_FRAGMENTS = 100

/**
 * Reads a folder (or ZIP) of brat standoff: each `x.ann` with its `x.txt`, and `tessera.json` when
 * present (document metadata and the exact tag schema). Files are given by their path in the folder.
 */
export function readBratFiles(files: ReadonlyMap<string, string>, options: InterchangeReadOptions = {}): InterchangeRead {
  const sidecarName = [...files.keys()].find((name) => name === BRAT_SIDECAR || name.endsWith(`/${BRAT_SIDECAR}`))
  const sidecar = sidecarName ? parseBratSidecar(sidecarName, files.get(sidecarName) ?? '') : null
  const documents: ImportedDocument[] = []
  const entities: DeclaredEntity[] = [...(sidecar?.entities ?? [])]
  for (const [name, ann] of files) {
    if (!name.endsWith('.ann')) continue
    const stem = name.slice(0, -4)
    const text = files.get(`${stem}.txt`)
    if (text === undefined) throw interchangeError(name, said('readers.brat.noText', { text: `${stem}.txt` }))
    documents.push(readBratDocument(name, ann, text, sidecar, options, entities))
  }
  return { documents, tags: sidecar?.tags ?? [], entities }
}

/**
 * One brat document: T lines (a discontinuous span becomes the span from its first fragment to its last),
 * then A, M, #, R, N, E and `*` lines (brat-links.ts). Entities its `*` and foreign `N` lines make are
 * added to `entitiesOut`, for the caller to declare to the import.
 */
export function readBratDocument(
  annName: string,
  ann: string,
  text: string,
  sidecar: BratSidecar | null = null,
  options: InterchangeReadOptions = {},
  entitiesOut?: DeclaredEntity[]
): ImportedDocument {
  const stem = annName.slice(annName.lastIndexOf('/') + 1, -4)
  const chars = Array.from(text)
  const annotations = new Map<string, ImportedAnnotation>()
  // An A line names the brat type: Tessera's own exports use the tag id, a foreign annotation.conf the label.
  const labelOf = new Map((sidecar?.tags ?? []).map((t) => [t.id, t.label]))
  const attributeNames = new Map(
    bratAttributes(sidecar?.tags ?? []).flatMap((a) => [
      [`${a.tagId} ${a.name}`, a.definition] as const,
      [`${labelOf.get(a.tagId) ?? a.tagId} ${a.definition.label}`, a.definition] as const
    ])
  )
  const lines = ann.replace(/^\uFEFF/, '').split(/\r?\n/)
  const fail = (index: number, problem: Said): never => {
    throw interchangeError(`${annName}:${index + 1}`, problem)
  }

  // Spans left out (too many fragments): their A, # and N lines are left out with them, not an error.
  const skipped = new Set<string>()
  lines.forEach((line, index) => {
    if (!line.startsWith('T')) return
    const [id = '', typeAndOffsets = '', quoted] = line.split('\t')
    const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(typeAndOffsets)
    if (!match?.[1] || !match[2] || quoted === undefined) return fail(index, said('readers.brat.notTextBound'))
    // Tessera's document-level entity carries whole-article labels; the sidecar holds them exactly.
    if (sidecar && match[1] === BRAT_DOCUMENT_TYPE) {
      skipped.add(id)
      return
    }
    const fragments = match[2].split(';').map((pair) => pair.split(' ').map(Number) as [number, number])
    if (fragments.length > MAX_BRAT_FRAGMENTS) {
      skipped.add(id)
      options.warn?.(said('readers.brat.fragments', { file: `${annName}:${index + 1}`, id: shorten(id), count: fragments.length, limit: MAX_BRAT_FRAGMENTS }))
      return
    }
    const start = fragments[0]?.[0] ?? 0
    const end = fragments.at(-1)?.[1] ?? 0
    if (end > chars.length || fragments.some(([s, e]) => e <= s || e > chars.length)) return fail(index, said('readers.brat.outside', { text: `${stem}.txt`, count: chars.length }))
    const mismatch = quoteMismatch(chars, fragments, quoted)
    const where = `${annName}:${index + 1}`
    if (mismatch) options.warn?.(said('readers.brat.quoteMismatch', { file: where, id: shorten(id), quote: shorten(quoted), text: `${stem}.txt`, held: mismatch }))
    if (hasWordsBetween(chars, fragments)) options.warn?.(said('readers.brat.discontinuous', { file: where, id: shorten(id), start, end }))
    annotations.set(id, { id, tag: match[1], start, end, attributes: {}, note: '', entityId: null })
  })

  const links = applyBratLinks({
    annName,
    lines,
    annotations,
    skipped,
    attributeNames,
    quoteOf: (a) => chars.slice(a.start, a.end).join(''),
    warn: (message) => options.warn?.(message),
    fail
  })
  entitiesOut?.push(...links.entities)
  const relations = links.relations

  const meta = sidecar?.documents.find((d) => d.file === stem)
  const outlet = meta?.outlet ?? meta?.source
  return {
    origin: annName,
    ...(meta?.id ? { id: meta.id } : {}),
    metadata: {
      title: meta?.title ?? stem,
      ...(outlet !== undefined ? { source: outlet } : {}),
      ...(meta?.author !== undefined ? { author: meta.author } : {}),
      ...(meta?.date ? { date: meta.date } : {}),
      ...(meta?.url !== undefined ? { url: meta.url } : {}),
      ...(meta?.language !== undefined ? { language: meta.language } : {})
    },
    ...(meta?.status ? { status: meta.status } : {}),
    text,
    offsetUnit: 'codepoint',
    exactText: true,
    annotations: [...annotations.values()],
    relations
  }
}

/**
 * Null when the fragments, joined by a space as brat writes them, hold `quoted`; else the start of what
 * they hold (at most MAX_QUOTE_CHARS). Lengths are compared first, so a span of a whole megabyte is
 * never copied just to find that its quote differs.
 */
function quoteMismatch(chars: readonly string[], fragments: readonly (readonly [number, number])[], quoted: string): string | null {
  const spanLength = fragments.reduce((sum, [s, e]) => sum + (e - s), fragments.length - 1)
  if (spanLength === countCodePoints(quoted, spanLength + 1)) {
    const joined = fragments.map(([s, e]) => chars.slice(s, e).join('')).join(' ')
    if (joined === quoted) return null
  }
  let held = ''
  for (const [i, [s, e]] of fragments.entries()) {
    if (held.length > MAX_QUOTE_CHARS) break
    held += (i > 0 ? ' ' : '') + chars.slice(s, Math.min(e, s + MAX_QUOTE_CHARS + 1)).join('')
  }
  return shorten(held)
}

/** Code points in `text`, counting no further than `limit`. */
function countCodePoints(text: string, limit: number): number {
  let count = 0
  for (let at = 0; at < text.length && count < limit; at++) {
    const unit = text.charCodeAt(at)
    if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) at++
    count++
  }
  return count
}

/** True when something other than white space lies between two fragments (a real discontinuous span). */
function hasWordsBetween(chars: readonly string[], fragments: readonly (readonly [number, number])[]): boolean {
  for (let i = 1; i < fragments.length; i++) {
    const from = fragments[i - 1]?.[1] ?? 0
    const to = fragments[i]?.[0] ?? 0
    for (let at = from; at < to; at++) if ((chars[at] ?? '').trim() !== '') return true
  }
  return false
}
