/**
 * Mutators for the import fuzzer: each takes a seed file's bytes and a seeded random source and returns a
 * damaged or hostile variant. Byte-level mutations break framing (UTF-8, ZIP, PDF); JSON- and line-level
 * ones keep a file parseable while putting hostile values where readers trust the shape.
 */
import { unzipSync, zipSync } from 'fflate'

type Random = () => number

const HOSTILE_STRINGS = [
  '',
  ' '.repeat(50_000),
  '\u00a0\t '.repeat(10_000),
  '<'.repeat(20_000),
  '<b>'.repeat(5_000),
  '\n'.repeat(20_000),
  '\r\n\r'.repeat(5_000),
  '\ud83d',
  '\udc00x',
  '👨‍👩‍👧‍👦🇸🇾',
  'حماة الجيـــش إسماعيل',
  '\u202e\u2066evil\u2069',
  '=HYPERLINK("x")',
  '../../../../etc/passwd',
  '\u0000\u0001\u001f',
  'a'.repeat(100_000),
  '0;1 2;3 4'.repeat(2_000)
]

const HOSTILE_NUMBERS = [-1, 0, 1, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, 0.5, Number.MAX_SAFE_INTEGER + 2]

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T
}

function int(random: Random, below: number): number {
  return Math.floor(random() * below)
}

function hostileValue(random: Random, depth = 0): unknown {
  const roll = random()
  if (roll < 0.3) return pick(random, HOSTILE_STRINGS)
  if (roll < 0.5) return pick(random, HOSTILE_NUMBERS)
  if (roll < 0.6) return null
  if (roll < 0.65) return random() < 0.5
  if (roll < 0.8 && depth < 3) return Array.from({ length: int(random, 4) }, () => hostileValue(random, depth + 1))
  if (roll < 0.9 && depth < 3) return { start: pick(random, HOSTILE_NUMBERS), end: pick(random, HOSTILE_NUMBERS), label: pick(random, HOSTILE_STRINGS) }
  return DEEP
}

/** Stands for 100,000 levels of nested arrays, spliced into the JSON text after stringify (which would overflow). */
const DEEP = '\u0000deep\u0000'
const DEEP_JSON = JSON.stringify(DEEP)
const DEEP_TEXT = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`

function stringify(value: unknown): string {
  return JSON.stringify(value).split(DEEP_JSON).join(DEEP_TEXT)
}

/** Byte-level: flips, insertions, deletions, duplications, truncation. */
export function mutateBytes(bytes: Uint8Array, random: Random): Uint8Array {
  let out: Uint8Array = Uint8Array.from(bytes)
  const rounds = 1 + int(random, 4)
  for (let round = 0; round < rounds; round++) {
    const at = int(random, out.length + 1)
    const kind = int(random, 5)
    if (kind === 0 && out.length > 0) {
      out[Math.min(at, out.length - 1)] = int(random, 256)
    } else if (kind === 1) {
      const insert = Uint8Array.from({ length: 1 + int(random, 16) }, () => int(random, 256))
      out = concat(out.subarray(0, at), insert, out.subarray(at))
    } else if (kind === 2) {
      out = concat(out.subarray(0, at), out.subarray(Math.min(out.length, at + 1 + int(random, 64))))
    } else if (kind === 3) {
      const end = Math.min(out.length, at + 1 + int(random, 256))
      const copies = 1 + int(random, 200)
      out = concat(out.subarray(0, end), ...Array.from({ length: copies }, () => out.subarray(at, end)), out.subarray(end))
    } else {
      out = out.subarray(0, at)
    }
  }
  return out
}

/** JSON-level: replaces values anywhere in a JSON document (or in each line of JSON lines) with hostile ones. */
export function mutateJson(bytes: Uint8Array, random: Random): Uint8Array | null {
  const text = new TextDecoder().decode(bytes)
  const lines = text.split('\n')
  const parsed = lines.map((line) => {
    try {
      return { ok: true as const, value: JSON.parse(line) as unknown }
    } catch {
      return { ok: false as const, value: line }
    }
  })
  const isLines = lines.length > 1 && parsed.filter((p) => p.ok).length > 1
  if (isLines) {
    const out = parsed.map((p) => (p.ok && random() < 0.5 ? stringify(mutateValue(p.value, random)) : p.ok ? JSON.stringify(p.value) : p.value))
    return new TextEncoder().encode(out.join('\n'))
  }
  let whole: unknown
  try {
    whole = JSON.parse(text)
  } catch {
    return null
  }
  return new TextEncoder().encode(stringify(mutateValue(whole, random)))
}

function mutateValue(value: unknown, random: Random): unknown {
  const paths = collectPaths(value)
  if (paths.length === 0) return hostileValue(random)
  let root = structuredClone(value)
  const changes = 1 + int(random, 3)
  for (let i = 0; i < changes; i++) root = setAt(root, pick(random, paths), hostileValue(random), random)
  return root
}

type Path = (string | number)[]

function collectPaths(value: unknown): Path[] {
  const paths: Path[] = []
  const stack: { value: unknown; path: Path }[] = [{ value, path: [] }]
  while (stack.length > 0 && paths.length < 5_000) {
    const { value: current, path } = stack.pop() as { value: unknown; path: Path }
    if (path.length > 0) paths.push(path)
    if (Array.isArray(current)) current.forEach((item, index) => stack.push({ value: item, path: [...path, index] }))
    else if (current && typeof current === 'object') for (const [key, item] of Object.entries(current)) stack.push({ value: item, path: [...path, key] })
  }
  return paths
}

function setAt(root: unknown, path: Path, replacement: unknown, random: Random): unknown {
  if (path.length === 0) return replacement
  let parent = root as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) {
    const next = parent[key]
    if (!next || typeof next !== 'object') return root
    parent = next as Record<string | number, unknown>
  }
  const last = path[path.length - 1] as string | number
  if (random() < 0.15 && Array.isArray(parent)) parent.splice(Number(last), 1)
  else if (random() < 0.15) Reflect.deleteProperty(parent, last)
  else parent[last] = replacement
  return root
}

/** Line-level (brat `.ann`, CoNLL): offsets replaced, lines duplicated, fields dropped or multiplied. */
export function mutateLines(bytes: Uint8Array, random: Random): Uint8Array {
  const lines = new TextDecoder().decode(bytes).split('\n')
  const rounds = 1 + int(random, 4)
  for (let round = 0; round < rounds && lines.length > 0; round++) {
    const index = int(random, lines.length)
    const line = lines[index] ?? ''
    const kind = int(random, 5)
    if (kind === 0) lines[index] = line.replace(/\d+/g, () => String(pick(random, HOSTILE_NUMBERS)))
    else if (kind === 1) lines.splice(index, 0, ...Array.from({ length: 1 + int(random, 100) }, () => line))
    else if (kind === 2) lines[index] = line.split('\t').slice(0, int(random, 3)).join('\t')
    else if (kind === 3) lines[index] = `${line}${';0 1'.repeat(int(random, 3_000))}`
    else lines[index] = `${line}\t${pick(random, HOSTILE_STRINGS)}`
  }
  return new TextEncoder().encode(lines.join('\n'))
}

/** Inside a ZIP (Word): one part's XML damaged or filled with hostile text, then zipped again. */
export function mutateZipPart(bytes: Uint8Array, random: Random): Uint8Array | null {
  let parts: Record<string, Uint8Array>
  try {
    parts = unzipSync(bytes)
  } catch {
    return null
  }
  const names = Object.keys(parts).filter((name) => name.endsWith('.xml'))
  if (names.length === 0) return null
  const name = pick(random, names)
  const part = parts[name] as Uint8Array
  parts[name] = random() < 0.5 ? mutateText(part, random) : mutateBytes(part, random)
  return zipSync(parts)
}

/** Text-level: hostile strings spliced into the decoded text. */
export function mutateText(bytes: Uint8Array, random: Random): Uint8Array {
  const text = new TextDecoder().decode(bytes)
  const at = int(random, text.length + 1)
  return new TextEncoder().encode(text.slice(0, at) + pick(random, HOSTILE_STRINGS) + text.slice(at))
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}
