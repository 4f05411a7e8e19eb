import { said, type Said, type SaidValue } from '../shared/i18n/said'
import { importError } from './import-error'
import { MAX_IMPORT_FILE_BYTES } from '../shared/import/limits'
import { extensionOf, headText } from './reader'
import { doccanoColumns } from './readers/doccano-columns'
import { isRecord } from './readers/json-lines'
import { shorten } from './warnings'

/** Files with these extensions are read as what their name says, even when their content looks like JSON. */
const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown'])
/** Files with these extensions must be JSON of a known format: anything else is refused, never stored as text. */
const JSON_EXTENSIONS = new Set(['json', 'jsonl', 'ndjson', 'jsonld'])
/** JSON lines looked at to tell a format by content. */
const SAMPLE_LINES = 20

/** The JSON formats import knows, as the shape of their content. */
export type JsonFormat = 'tessera-jsonl' | 'doccano' | 'label-studio' | 'w3c'

const EXPECTED = said('readers.json.expected')

/**
 * The format of a file whose extension did not settle it, told by its content: `null` when the file is
 * not JSON-like at all (it is then read as text), the format whose shape it has, or an error naming the
 * file, what was expected and the format it most resembles. A `.txt` or `.md` is always text; a `.json`,
 * `.jsonl`, `.ndjson`, `.jsonld` or a file of any other extension whose content starts like JSON is
 * parsed (the whole file when it is within the per-file limit, else its first lines) and matched by shape.
 */
export function detectJsonFormat(name: string, bytes: Uint8Array, textField?: string): JsonFormat | null {
  const extension = extensionOf(name)
  if (TEXT_EXTENSIONS.has(extension)) return null
  const declaredJson = JSON_EXTENSIONS.has(extension)
  if (!declaredJson && !/^\s*[[{]/.test(headText(bytes, 64))) return null
  const whole = bytes.length <= MAX_IMPORT_FILE_BYTES ? parse(new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '')) : failed
  if (whole.ok) return formatOfValue(name, whole.value, textField)
  const lines = sampleLines(bytes)
  if (lines.length > 0 && lines.every((line) => line.ok)) return formatOfLines(name, lines.map((line) => (line.ok ? line.value : null)), textField)
  if (!declaredJson) return null
  const lineError = lines.find((line): line is Extract<Parsed, { ok: false }> => !line.ok)?.error ?? ''
  const problem = (whole.ok ? '' : whole.error) || lineError
  throw importError(name, problem ? said('readers.json.invalidWithError', { error: shorten(problem, 200), expected: EXPECTED }) : said('readers.json.invalid', { expected: EXPECTED }))
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string }
const failed: Parsed = { ok: false, error: '' }

function parse(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}

/** The first non-blank lines, each parsed, within the first MAX_IMPORT_FILE_BYTES of the file. */
function sampleLines(bytes: Uint8Array): Parsed[] {
  const decoder = new TextDecoder('utf-8', { fatal: false })
  const parsed: Parsed[] = []
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  // Never more than one document's worth of bytes, however long the lines.
  const stopAt = Math.min(bytes.length, start + MAX_IMPORT_FILE_BYTES)
  while (start < stopAt && parsed.length < SAMPLE_LINES) {
    const newline = bytes.indexOf(0x0a, start)
    const end = newline === -1 ? bytes.length : newline
    if (end > stopAt) break
    const line = decoder.decode(bytes.subarray(start, end))
    if (line.trim() !== '') parsed.push(parse(line))
    start = end + 1
  }
  return parsed
}

function typesOf(value: Record<string, unknown>): string[] {
  const type = value.type
  return typeof type === 'string' ? [type] : Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : []
}

const keysOf = (values: readonly unknown[]): SaidValue => {
  const keys = new Set<string>()
  for (const value of values) if (isRecord(value)) for (const key of Object.keys(value)) keys.add(key)
  return keys.size === 0 ? said('readers.json.noKeys') : shorten([...keys].slice(0, 12).join(', '), 200)
}

const isLabelStudioTask = (value: Record<string, unknown>): boolean =>
  isRecord(value.data) || ['annotations', 'predictions', 'completions'].some((key) => Array.isArray(value[key]))
const hasDoccanoSpans = (value: Record<string, unknown>): boolean => ['label', 'labels', 'entities'].some((key) => Array.isArray(value[key]))

function formatOfValue(name: string, value: unknown, textField: string | undefined): JsonFormat {
  if (Array.isArray(value)) {
    const first = value.find(isRecord)
    if (value.length === 0) throw importError(name, said('readers.json.emptyArray', { expected: EXPECTED }))
    if (first && isLabelStudioTask(first)) return 'label-studio'
    if (first && typeof first.text === 'string') return hasDoccanoSpans(first) && isDoccanoSpanList(first) ? 'doccano' : 'label-studio'
    if (first && isDoccanoLine(first, textField)) return 'doccano'
    throw refusal(name, 'array', nearestOf(first ?? {}, value), value)
  }
  if (!isRecord(value)) throw importError(name, said('readers.json.singleValue', { kind: value === null ? 'null' : typeof value, expected: EXPECTED }))
  const types = typesOf(value)
  if (types.includes('AnnotationCollection')) return 'w3c'
  // A single annotation or a page (other tools' W3C files): the W3C reader says what is wrong or what they point to.
  if (types.includes('Annotation') || types.includes('AnnotationPage') || ('target' in value && ('@context' in value || types.length > 0))) return 'w3c'
  if (isLabelStudioTask(value)) return 'label-studio'
  if (typeof value.text === 'string') return typeof value.offset_unit === 'string' ? 'tessera-jsonl' : 'doccano'
  if (isDoccanoLine(value, textField)) return 'doccano'
  throw refusal(name, 'object', nearestOf(value, [value]), [value])
}

function formatOfLines(name: string, values: unknown[], textField: string | undefined): JsonFormat {
  const records = values.filter(isRecord)
  if (records.length === values.length) {
    const [first] = records
    if (first && first.type === 'header' && first.format === 'tessera-jsonl') return 'tessera-jsonl'
    if (records.some((r) => typeof r.text === 'string' && typeof r.offset_unit === 'string')) return 'tessera-jsonl'
    if (records.some((r) => !isLabelStudioTask(r) && (typeof r.text === 'string' || isDoccanoLine(r, textField)))) return 'doccano'
  }
  const nearest = records.some(hasDoccanoSpans) ? doccanoNearest(records) : nearestOf(records[0] ?? {}, records)
  throw refusal(name, 'lines', nearest, records)
}

/** A line with a list of doccano spans (its text under any name, found or not), or with the text field the user named. */
function isDoccanoLine(value: Record<string, unknown>, textField: string | undefined): boolean {
  const columns = doccanoColumns(value, textField)
  return columns.spans !== null || (textField !== undefined && !('problem' in columns))
}

function isDoccanoSpanList(value: Record<string, unknown>): boolean {
  const spans = ['label', 'labels', 'entities'].map((key) => value[key]).find(Array.isArray) ?? []
  return spans.every((span) => Array.isArray(span) || (isRecord(span) && 'start_offset' in span) || typeof span === 'string')
}

/** What a refused file's content is: a JSON array, a JSON object or JSON lines (a `select` of the messages). */
type JsonShape = 'array' | 'object' | 'lines'

interface Nearest {
  format: Said
  missing: Said
}

function doccanoNearest(records: readonly Record<string, unknown>[]): Nearest {
  return { format: said('readers.json.like.doccano'), missing: said('readers.json.missing.doccanoText', { keys: keysOf(records) }) }
}

/** The format `value` resembles most, and what it lacks to be one. */
function nearestOf(value: Record<string, unknown>, all: readonly unknown[]): Nearest | null {
  const keys = keysOf(all)
  if ('@context' in value || 'target' in value || 'body' in value || (typesOf(value).length > 0 && 'first' in value)) {
    return { format: said('readers.json.like.w3c'), missing: said('readers.json.missing.w3cCollection', { keys }) }
  }
  if (isRecord(value.data)) return { format: said('readers.json.like.labelStudioTask'), missing: said('readers.json.missing.labelStudioText', { keys }) }
  if (hasDoccanoSpans(value)) return doccanoNearest(all.filter(isRecord))
  if ('result' in value || 'annotations' in value) return { format: said('readers.json.like.labelStudioExport'), missing: said('readers.json.missing.labelStudioData', { keys }) }
  return null
}

function refusal(name: string, shape: JsonShape, nearest: Nearest | null, all: readonly unknown[]): Error {
  if (nearest) return importError(name, said('readers.json.looksLike', { shape, format: nearest.format, missing: nearest.missing, expected: EXPECTED }))
  return importError(name, said('readers.json.noFormat', { shape, keys: keysOf(all), expected: EXPECTED }))
}
