import type { ImportedAnnotation, ImportedDocument } from '../imported-document'
import { said, type SaidValue } from '../../shared/i18n/said'
import { importError } from '../import-error'
import { detectLanguage } from '../metadata/language'
import { extensionOf, headText, type ImportReadOptions, type ImportReader } from '../reader'
import { shorten } from '../warnings'
import { decodeForReader } from './decode-for-reader'
import { isRecord } from './json-lines'

/**
 * Label Studio's JSON export (an array of tasks with `data` and `annotations[].result[]`) and its
 * JSON-MIN export (flat objects with the text and a list of `{start, end, text, labels}`), for text
 * tasks labelled with `<Labels>` (result type `labels`).
 *
 * Offsets: Label Studio documents `value.start`/`value.end` as positions in the text where "every space
 * … is counted" (labelstud.io/tags/text). Since label-studio-frontend PR #308 (label-studio PR #1559,
 * fixing issue #1347, "UTF8 text got invalid annotation offset") they count code points; exports made
 * before count UTF-16 units and shift by one per emoji. Each span's own `value.text` decides which: the
 * code-point slice is taken when it matches, the UTF-16 slice when only that matches (and reported).
 *
 * The text is `data.text`, the field the user named (`textField`), else the first string of `data` (reported).
 * `predictions` (a model's suggestions) are not annotations: Tessera has no suggestions yet, so they are
 * counted and reported as left out.
 */
export const labelStudioReader: ImportReader = {
  format: 'label-studio',
  canRead: (name, bytes) => extensionOf(name) === 'json' && /^\s*\[/.test(headText(bytes)) && /"(annotations|result|labels|label)"\s*:/.test(headText(bytes, 65_536)),
  read: (name, bytes, options) => {
    let tasks: unknown
    try {
      tasks = JSON.parse(decodeForReader(name, bytes, options))
    } catch (error) {
      throw importError(name, said('readers.notJson', { error: error instanceof Error ? error.message : String(error) }))
    }
    // Label Studio's cloud storage writes one task per file: read like an export of one task.
    if (isRecord(tasks)) tasks = [tasks]
    if (!Array.isArray(tasks)) throw importError(name, said('readers.labelStudio.notExport'))
    const documents: ImportedDocument[] = []
    const textFields = new Set<string>()
    const leftOut: LeftOut = { cancelled: 0, resultTypes: new Map() }
    let predictions = 0
    let predictedSpans = 0
    tasks.forEach((task, index) => {
      const document = taskDocument(`${name}:task ${taskLabel(task, index)}`, task, options, textFields, leftOut)
      if (document) documents.push(document)
      if (isRecord(task) && Array.isArray(task.predictions)) {
        predictions += task.predictions.length
        predictedSpans += task.predictions.reduce<number>((n, p) => n + (isRecord(p) && Array.isArray(p.result) ? p.result.filter(isLabelsResult).length : 0), 0)
      }
    })
    for (const field of textFields) options.warn(said('readers.labelStudio.textFrom', { file: name, field }))
    if (leftOut.cancelled > 0) options.warn(said('readers.labelStudio.cancelled', { file: name, count: leftOut.cancelled }))
    if (leftOut.resultTypes.size > 0) {
      const types = [...leftOut.resultTypes].slice(0, 10).map(([type, n]) => `${type} (${n})`).join(', ')
      const more = leftOut.resultTypes.size > 10 ? said('readers.labelStudio.moreTypes', { count: leftOut.resultTypes.size - 10 }) : ''
      options.warn(said('readers.labelStudio.resultTypes', { file: name, types, more }))
    }
    if (predictions > 0) options.warn(said('readers.labelStudio.predictions', { file: name, count: predictions, spans: predictedSpans }))
    if (documents.length === 0 && options.textField) {
      throw importError(name, said('readers.labelStudio.noNamedText', { field: shorten(options.textField), fields: dataFieldsOf(tasks) }))
    }
    if (documents.length === 0) throw importError(name, said('readers.labelStudio.noTask'))
    return Promise.resolve(documents)
  }
}

/** The string fields of the tasks' data, so a user who named the wrong one sees the right one. */
function dataFieldsOf(tasks: readonly unknown[]): SaidValue {
  const fields = new Set<string>()
  for (const task of tasks.slice(0, 100)) {
    const data = isRecord(task) && isRecord(task.data) ? task.data : isRecord(task) ? task : {}
    for (const [key, value] of Object.entries(data)) if (typeof value === 'string') fields.add(shorten(key, 40))
  }
  const listed = [...fields].slice(0, 10)
  if (listed.length === 0) return said('readers.labelStudio.noStringField')
  return fields.size > listed.length ? said('readers.listAndMore', { list: listed.join(', '), count: fields.size - listed.length }) : listed.join(', ')
}

const isLabelsResult = (result: unknown): boolean => isRecord(result) && result.type === 'labels' && isRecord(result.value)

/** What the annotations held that Tessera does not import, counted for one report line each. */
interface LeftOut {
  cancelled: number
  /** Result types other than `labels` (`choices`, `relation`, `textarea`, …) and how many of each. */
  resultTypes: Map<string, number>
}

function taskDocument(origin: string, task: unknown, options: ImportReadOptions, textFields: Set<string>, leftOut: LeftOut): ImportedDocument | null {
  if (!isRecord(task)) {
    options.warn(said('readers.labelStudio.notTask', { file: origin }))
    return null
  }
  const data = isRecord(task.data) ? task.data : task
  const field = options.textField ?? (typeof data.text === 'string' ? 'text' : Object.keys(data).find((key) => typeof data[key] === 'string' && (data[key] as string).length > 0))
  const text = field === undefined ? undefined : data[field]
  if (typeof text !== 'string') {
    options.warn(options.textField ? said('readers.labelStudio.noTextIn', { file: origin, field: options.textField }) : said('readers.labelStudio.noText', { file: origin }))
    return null
  }
  if (field !== 'text' && !options.textField) textFields.add(field ?? '')
  const codePoints = Array.from(text)
  const annotations: ImportedAnnotation[] = []
  for (const { value, author, createdAt, updatedAt } of regions(task, leftOut)) {
    const labels = Array.isArray(value.labels) ? value.labels.filter((l): l is string => typeof l === 'string') : []
    if (!Number.isInteger(value.start) || !Number.isInteger(value.end) || labels.length === 0) continue
    let start = value.start as number
    let end = value.end as number
    if (typeof value.text === 'string' && codePoints.slice(start, end).join('') !== value.text) {
      if (text.slice(start, end) === value.text) {
        ;[start, end] = [Array.from(text.slice(0, start)).length, Array.from(text.slice(0, end)).length]
        options.warn(said('readers.labelStudio.utf16Offsets', { file: origin, quote: shorten(value.text) }))
      } else {
        options.warn(said('readers.labelStudio.quoteMismatch', { file: origin, start, end, quote: shorten(value.text) }))
      }
    }
    for (const tag of labels) annotations.push({ tag, start, end, ...(author ? { author } : {}), ...(createdAt ? { createdAt } : {}), ...(updatedAt ? { updatedAt } : {}) })
  }
  const title = typeof data.title === 'string' && data.title.trim() ? { title: data.title.trim().slice(0, 1_000) } : {}
  return { origin, metadata: { ...title, language: detectLanguage(text) }, text, offsetUnit: 'codepoint', exactText: true, annotations }
}

interface Region {
  value: Record<string, unknown>
  author?: string
  createdAt?: string
  updatedAt?: string
}

function regions(task: Record<string, unknown>, leftOut: LeftOut): Region[] {
  const found: Region[] = []
  const annotationSets = Array.isArray(task.annotations) ? task.annotations : Array.isArray(task.completions) ? task.completions : []
  for (const set of annotationSets) {
    if (!isRecord(set) || !Array.isArray(set.result)) continue
    if (set.was_cancelled === true) {
      leftOut.cancelled += 1
      continue
    }
    const completedBy = set.completed_by
    const author = isRecord(completedBy) && typeof completedBy.email === 'string' ? completedBy.email : typeof completedBy === 'number' || typeof completedBy === 'string' ? `label-studio:${completedBy}` : undefined
    const createdAt = isIsoTime(set.created_at) ? set.created_at : undefined
    const updatedAt = isIsoTime(set.updated_at) ? set.updated_at : undefined
    for (const result of set.result) {
      if (isRecord(result) && isLabelsResult(result) && isRecord(result.value)) found.push({ value: result.value, author, createdAt, updatedAt })
      else {
        const type = isRecord(result) && typeof result.type === 'string' ? shorten(result.type) : 'unknown'
        leftOut.resultTypes.set(type, (leftOut.resultTypes.get(type) ?? 0) + 1)
      }
    }
  }
  // JSON-MIN: the spans sit beside the text, under the control's name (often `label`).
  for (const value of Object.values(task)) {
    if (!Array.isArray(value)) continue
    for (const item of value) if (isRecord(item) && Array.isArray(item.labels) && 'start' in item) found.push({ value: item })
  }
  return found
}

function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value)
}

/** A task's id as the report names it: a number or a short string; anything else (a nested array would make String() recurse) by its place in the file. */
function taskLabel(task: unknown, index: number): string {
  const id = isRecord(task) ? task.id : undefined
  if (typeof id === 'number' || (typeof id === 'string' && id.length <= 100)) return String(id)
  return String(index + 1)
}
