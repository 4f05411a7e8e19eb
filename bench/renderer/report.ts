import type { Measurement } from './browser/measure'
import type { FirstOpenSamples } from './first-open-scenarios'
import type { PeerSamples } from './peer-scenarios'
import { summarise, type Summary } from './stats'
import type { TesseraSamples } from './tessera-scenarios'

export interface Row {
  scenario: string
  target: string
  tessera: Summary
  floor: Summary | null
  textAnnotator: Summary | null
}

const OPEN_TARGETS: Record<string, string> = { '5k/500': '≤ 60 ms', '5k/5k': '≤ 120 ms', '200k/20k': '≤ 400 ms' }
const TAG_TARGET = '≤ 16 ms median, ≤ 33 ms p95'
/** Issue 21: the first open after start, against the floor drawn on a fresh page too. */
const FIRST_OPEN_TARGETS: Record<string, string> = { '5k/5k': '≤ 2× floor', '200k/20k': '≤ 1× floor' }

const ms = (list: readonly Measurement[] | undefined): number[] => (list ?? []).map((m) => m.ms)
const orNull = (values: number[]): Summary | null => (values.length > 0 ? summarise(values) : null)

export function buildRows(tessera: TesseraSamples, peers: PeerSamples | null, keys: readonly string[]): Row[] {
  const rows: Row[] = []
  for (const key of keys) {
    rows.push({
      scenario: `open ${key} (words/spans)`,
      target: OPEN_TARGETS[key] ?? '',
      tessera: summarise(ms(tessera.open[key])),
      floor: orNull(ms(peers?.floorOpen[key])),
      textAnnotator: orNull(ms(peers?.annotatorOpen[key]))
    })
  }
  const big = keys.find((k) => k.startsWith('200k'))
  if (big) {
    rows.push({
      scenario: `open ${big}: longest task`,
      target: '≤ 50 ms',
      tessera: summarise((tessera.open[big] ?? []).map((m) => m.longestTask)),
      floor: orNull((peers?.floorOpen[big] ?? []).map((m) => m.longestTask)),
      textAnnotator: orNull((peers?.annotatorOpen[big] ?? []).map((m) => m.longestTask))
    })
    const opens = tessera.open[big] ?? []
    rows.push({
      scenario: `open ${big}: every span loaded`,
      target: '',
      tessera: summarise(opens.map((m) => m.loadedMs)),
      floor: null,
      textAnnotator: null
    })
    rows.push({
      scenario: `open ${big}: longest task until every span loaded`,
      target: '≤ 50 ms',
      tessera: summarise(opens.map((m) => m.loadedLongestTask)),
      floor: null,
      textAnnotator: null
    })
    rows.push({ scenario: `scroll ${big} far: frames to paint`, target: '≤ 2 frames', tessera: summarise(tessera.scroll.map((s) => s.frames)), floor: null, textAnnotator: null })
    rows.push({ scenario: `scroll ${big} far: ms to paint`, target: '', tessera: summarise(ms(tessera.scroll)), floor: null, textAnnotator: null })
  }
  for (const key of keys) {
    rows.push({
      scenario: `tag → painted, ${key}`,
      target: TAG_TARGET,
      tessera: summarise(ms(tessera.tag[key])),
      floor: null,
      textAnnotator: orNull(ms(peers?.annotatorTag[key]))
    })
  }
  return rows
}

/** The first open after start: click → painted against the floor's first draw, and its longest tasks. */
export function firstOpenRows(samples: FirstOpenSamples): Row[] {
  const rows: Row[] = []
  for (const [key, opens] of Object.entries(samples.tessera)) {
    rows.push({
      scenario: `first open after start ${key}`,
      target: FIRST_OPEN_TARGETS[key] ?? '',
      tessera: summarise(ms(opens)),
      floor: orNull(ms(samples.floor[key])),
      textAnnotator: null
    })
    rows.push({
      scenario: `first open after start ${key}: longest task`,
      target: '< 50 ms',
      tessera: summarise(opens.map((m) => m.longestTask)),
      floor: orNull((samples.floor[key] ?? []).map((m) => m.longestTask)),
      textAnnotator: null
    })
    rows.push({
      scenario: `first open after start ${key}: longest task until every span loaded`,
      target: '< 50 ms',
      tessera: summarise(opens.map((m) => m.loadedLongestTask)),
      floor: null,
      textAnnotator: null
    })
  }
  return rows
}

const fmt = (s: Summary | null): string => (s ? `${s.median.toFixed(1)} / ${s.p95.toFixed(1)} / ${s.max.toFixed(1)}` : '—')
const ratio = (a: Summary, b: Summary | null): string => (b && b.median > 0 ? `${(a.median / b.median).toFixed(2)}×` : '—')

/** A Markdown table: median / p95 / max of each, and Tessera's median over the floor's and the peer's. */
export function formatTable(rows: readonly Row[]): string {
  const lines = [
    '| scenario | target | Tessera (median / p95 / max) | plain `<p>` floor | text-annotator 4.1.1 | Tessera ÷ floor | Tessera ÷ text-annotator |',
    '|---|---|---|---|---|---|---|'
  ]
  for (const row of rows) {
    lines.push(
      `| ${row.scenario} | ${row.target} | ${fmt(row.tessera)} | ${fmt(row.floor)} | ${fmt(row.textAnnotator)} | ${ratio(row.tessera, row.floor)} | ${ratio(row.tessera, row.textAnnotator)} |`
    )
  }
  return lines.join('\n')
}
