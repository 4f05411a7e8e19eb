import { foldKey } from '@core/shared/text/fold'
import type { CountedValue } from '@core/shared/model/views'
import type { Translator } from '@core/shared/i18n/translator'

export interface CountedOption {
  id: string
  /** The value the option writes. */
  value: string
  label: string
  detail?: string
}

/** Edits between two short keys (Levenshtein), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length] ?? limit + 1
}

/**
 * Values the project already uses that look like `typed` but are spelled otherwise: the same apart
 * from case and spacing ("Militants Killed" / "militants killed"), or one or two letters apart in a
 * longer value ("militants kiled"). Most used first.
 */
export function nearDuplicates(typed: string, values: readonly CountedValue[]): CountedValue[] {
  const key = foldKey(typed).trim()
  if (!key) return []
  return values.filter((v) => {
    if (v.counted === typed.trim()) return false
    const other = foldKey(v.counted).trim()
    return other === key || (key.length >= 6 && editDistance(key, other, key.length >= 12 ? 2 : 1) <= (key.length >= 12 ? 2 : 1))
  })
}

/**
 * The combobox's options for what was typed: near-duplicates first (to reuse the project's spelling),
 * then the values containing the typed text, then the typed text itself as a new value.
 */
export function countedOptions(typed: string, values: readonly CountedValue[], { t }: Translator): CountedOption[] {
  const key = foldKey(typed).trim()
  const near = nearDuplicates(typed, values)
  const options: CountedOption[] = near.map((v) => ({ id: `near:${v.counted}`, value: v.counted, label: v.counted, detail: t('annotations.counted.alreadyUsed', { count: v.count }) }))
  const shown = new Set(near.map((v) => v.counted))
  for (const v of values) {
    if (shown.has(v.counted)) continue
    if (key && !foldKey(v.counted).trim().includes(key)) continue
    options.push({ id: `value:${v.counted}`, value: v.counted, label: v.counted, detail: t('annotations.counted.figures', { count: v.count }) })
    shown.add(v.counted)
  }
  const trimmed = typed.trim()
  if (trimmed && !values.some((v) => v.counted === trimmed)) options.push({ id: 'new', value: trimmed, label: t('annotations.counted.new', { value: trimmed }) })
  return options
}
