import { IntlMessageFormat, type FormatXMLElementFn, type PrimitiveType } from 'intl-messageformat'
import { catalogueOf, type MessageKey } from './catalogue'
import { defaultDigits, directionOf, intlLocale, type Digits, type Direction, type Language } from './locale'

export type MessageValue = string | number | Date
export type MessageValues = Record<string, MessageValue>

/** A placeholder's value in a message with tags (`<b>…</b>`): text, a number, or what a tag's function returns. */
export type RichValue<T> = MessageValue | T | ((chunks: (string | T)[]) => T)

/** The interface's words and numbers in one language: every string a person reads goes through one. */
export interface Translator {
  readonly language: Language
  readonly digits: Digits
  readonly direction: Direction
  /** The BCP 47 locale Intl formats with (calendar and digits included). */
  readonly locale: string
  /** Whether the catalogue has `key` (message data from another process may come from another version). */
  has(key: string): key is MessageKey
  /** The message `key` with `values` put in (ICU: `{count, plural, …}`, `{n, number}`, `{when, date}`). */
  t(key: MessageKey, values?: MessageValues): string
  /** A message with tags (`<kbd>Ctrl+K</kbd>`), each given as a function of its chunks; parts in order. */
  rich<T>(key: MessageKey, values: Record<string, RichValue<T>>): (string | T)[]
  number(value: number, options?: Intl.NumberFormatOptions): string
  /** A calendar date stored as `YYYY-MM-DD` (or an ISO time's date), read in UTC; null → "undated". */
  date(isoDate: string | null, options?: Intl.DateTimeFormatOptions): string
  /** A stored ISO time in the user's time zone, to the minute (or as `options` say). */
  dateTime(iso: string, options?: Intl.DateTimeFormatOptions): string
  /** "a, b and c" (or "a, b or c"). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string
}

/**
 * A message with no ICU syntax but `{name}`, `{name, number}` and `{name, number, ::group-off}` arguments: no plural, select, date, tag,
 * or apostrophe that quotes (one before `{ } # | < >` or another apostrophe; "project's" is literal).
 */
const PLAIN_MESSAGE = /^(?:[^{}<>']|'(?![{}#|<>'])|\{[A-Za-z_]\w*(?:, number(?:, ::group-off)?)?\})*$/u
const ARGUMENT = /\{([A-Za-z_]\w*)(, number)?(, ::group-off)?\}/gu
const ARABIC_INDIC_ZERO = 0x0660

/** A whole number as Intl writes it without grouping: its digits in the chosen digit set. */
function ungroupedInteger(value: number, digits: Digits): string {
  const latin = String(value)
  return digits === 'latn' ? latin : latin.replace(/\d/gu, (digit) => String.fromCharCode(ARABIC_INDIC_ZERO + Number(digit)))
}

/**
 * The message's text without the ICU parser when it needs none: no syntax, bare arguments, and number
 * arguments that are whole numbers below 1,000 (or any size, ungrouped). The first parse, and the first Intl formatter, load the locale data (20–45 ms)
 * that `tessera --help` and the first paint are spared; the output is the parser's own (the translator
 * test compares every catalogue message both ways, and every such integer in both digit sets).
 */
export function plainText(message: string, values: MessageValues | undefined, digits: Digits): string | undefined {
  return isPlainMessage(message) ? filledPlain(message, values, digits) : undefined
}

/** Whether `message` has no ICU syntax but the arguments `plainText` fills in (a regex over the message: decide once per message). */
function isPlainMessage(message: string): boolean {
  return PLAIN_MESSAGE.test(message)
}

/** A plain message (`isPlainMessage`) with `values` put in, or undefined when a number needs Intl. */
function filledPlain(message: string, values: MessageValues | undefined, digits: Digits): string | undefined {
  let complete = true
  const text = message.replace(ARGUMENT, (_, name: string, asNumber: string | undefined, ungrouped: string | undefined) => {
    const value = values?.[name]
    // A bare argument is written as String(value) by the parser too, a number included.
    if (!asNumber && (typeof value === 'string' || typeof value === 'number')) return String(value)
    const whole = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    if (whole && (ungrouped || value < 1000)) return ungroupedInteger(value, digits)
    complete = false
    return ''
  })
  return complete ? text : undefined
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }
const DATE_TIME: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }

/**
 * A translator for `language`, its messages parsed once each on first use and its Intl formatters kept
 * (building one costs more than formatting thousands of list rows).
 */
export function createTranslator(language: Language, digits: Digits = defaultDigits(language)): Translator {
  const locale = intlLocale(language, digits)
  const catalogue = catalogueOf(language)
  const messages = new Map<MessageKey, IntlMessageFormat>()
  /** Whether each message asked for is plain (`isPlainMessage`), decided at its first use. */
  const plainVerdicts = new Map<MessageKey, boolean>()
  const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>()

  function message(key: MessageKey): IntlMessageFormat {
    let parsed = messages.get(key)
    if (!parsed) {
      parsed = new IntlMessageFormat(catalogue[key], locale)
      messages.set(key, parsed)
    }
    return parsed
  }

  function kept<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(id: string, make: () => F): F {
    let formatter = formatters.get(id)
    if (!formatter) {
      formatter = make()
      formatters.set(id, formatter)
    }
    return formatter as F
  }

  const translator: Translator = {
    language,
    digits,
    direction: directionOf(language),
    locale,
    has(key): key is MessageKey {
      return Object.hasOwn(catalogue, key)
    },
    t(key, values) {
      let isPlain = plainVerdicts.get(key)
      if (isPlain === undefined) {
        isPlain = isPlainMessage(catalogue[key])
        plainVerdicts.set(key, isPlain)
      }
      const plain = isPlain ? filledPlain(catalogue[key], values, digits) : undefined
      if (plain !== undefined) return plain
      const text = message(key).format<string>(values)
      return Array.isArray(text) ? text.join('') : String(text)
    },
    rich<T>(key: MessageKey, values: Record<string, RichValue<T>>) {
      const parts = message(key).format<T>(values as Record<string, PrimitiveType | T | FormatXMLElementFn<T>>)
      return (Array.isArray(parts) ? parts : [parts]) as (string | T)[]
    },
    number(value, options) {
      return kept(`n${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(locale, options)).format(value)
    },
    date(isoDate, options) {
      if (!isoDate) return translator.t('common.undated')
      const time = new Date(/^\d{4}-\d{2}-\d{2}$/u.test(isoDate) ? `${isoDate}T00:00:00Z` : isoDate)
      if (Number.isNaN(time.getTime())) return isoDate
      return kept(`d${JSON.stringify(options ?? DATE)}`, () => new Intl.DateTimeFormat(locale, { ...(options ?? DATE), timeZone: 'UTC' })).format(time)
    },
    dateTime(iso, options) {
      const time = new Date(iso)
      if (Number.isNaN(time.getTime())) return iso
      return kept(`t${JSON.stringify(options ?? DATE_TIME)}`, () => new Intl.DateTimeFormat(locale, options ?? DATE_TIME)).format(time)
    },
    list(items, type = 'conjunction') {
      return kept(`l${type}`, () => new Intl.ListFormat(locale, { type })).format(items)
    }
  }
  return translator
}
