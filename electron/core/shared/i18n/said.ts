import type { MessageKey } from './catalogue'
import { LIMITS, truncate } from '../limits'
import { createTranslator, type MessageValues, type Translator } from './translator'

/** A value put into a message: text, a count, or another message said in its place. */
export type SaidValue = string | number | Said

/**
 * A message of the catalogue with its values, as plain data: what the core reports (errors, import warnings,
 * export notes) travels as this and is said in the reader's language where it is shown; English where it is logged.
 */
export interface Said {
  key: MessageKey
  values?: Record<string, SaidValue>
}

export function said(key: MessageKey, values?: Record<string, SaidValue>): Said {
  return values ? { key, values } : { key }
}

/**
 * Text that has no message of its own (a library's error, a line of a file): shown as it is. The core's own
 * sentences never go through this; `said-coverage.test.ts` keeps them out.
 */
export function verbatim(text: string): Said {
  return { key: 'common.verbatim', values: { text } }
}

/** The message in `translator`'s language, the messages nested in its values said first. */
export function say(translator: Translator, message: Said): string {
  if (!message.values) return translator.t(message.key)
  const values: MessageValues = {}
  for (const [name, value] of Object.entries(message.values)) values[name] = typeof value === 'object' ? say(translator, value) : value
  return translator.t(message.key, values)
}

let english: Translator | undefined

/** The message in English: for logs, the `--json` output and error messages, which stay English. */
export function inEnglish(message: Said): string {
  english ??= createTranslator('en')
  return say(english, message)
}

/** A message as it may cross to another process: each text value bounded (a file name, a quoted line). */
export function bounded(message: Said): Said {
  if (!message.values) return message
  const values: Record<string, SaidValue> = {}
  for (const [name, value] of Object.entries(message.values)) {
    values[name] = typeof value === 'string' ? truncate(value, LIMITS.messageChars) : typeof value === 'number' ? value : bounded(value)
  }
  return { key: message.key, values }
}

/**
 * Whether `value` is a message `translator` can say: data from another process (a server of another version,
 * a damaged reply) is checked before it is said, and shown by its English text otherwise.
 */
export function canSay(translator: Translator, value: unknown): value is Said {
  if (typeof value !== 'object' || value === null) return false
  const { key, values } = value as { key?: unknown; values?: unknown }
  if (typeof key !== 'string' || !translator.has(key)) return false
  if (values === undefined) return true
  if (typeof values !== 'object' || values === null) return false
  return Object.values(values).every((v) => typeof v === 'string' || typeof v === 'number' || canSay(translator, v))
}
