import type { MessageKey } from '../core/shared/i18n/catalogue'
import type { MessageValues, Translator } from '../core/shared/i18n/translator'

/**
 * Commander's usage errors (its English, as commander 14 writes them, "error: " removed), read back into
 * their parts so they can be said in the user's language. Each pattern has one greedy run before a fixed
 * ending: linear, even for an argument of 100,000 spaces.
 */
const USAGE_ERRORS: { pattern: RegExp; key: MessageKey }[] = [
  { pattern: /^unknown command '(?<name>.*)'$/su, key: 'cli.usage.unknownCommand' },
  { pattern: /^unknown option '(?<name>.*)'$/su, key: 'cli.usage.unknownOption' },
  { pattern: /^required option '(?<name>.*)' not specified$/su, key: 'cli.usage.requiredOption' },
  { pattern: /^missing required argument '(?<name>.*)'$/su, key: 'cli.usage.missingArgument' },
  { pattern: /^option '(?<name>.*)' argument missing$/su, key: 'cli.usage.optionArgumentMissing' },
  { pattern: /^too many arguments for '(?<name>.*)'\. Expected (?<expected>\d+) arguments? but got (?<got>\d+)\.$/su, key: 'cli.usage.tooManyArguments' }
]
const INVALID_VALUE = /^option '(?<name>.*?)' argument '(?<value>.*)' is invalid\. (?<reason>.*)$/su
const CHOICES = /^Allowed choices are (?<choices>.*)\.$/su
const SUGGESTION = '\n(Did you mean '

/** `message` (one of commander's, "error: " removed) in the translator's language; one it does not know stays as it is. */
export function translateUsageError(message: string, translator: Translator): string {
  let text = message.replace(/\n$/u, '')
  // "(Did you mean list?)" follows the error on a line of its own.
  let suggestion: string | undefined
  const at = text.lastIndexOf(SUGGESTION)
  if (at >= 0 && text.endsWith('?)')) {
    suggestion = text.slice(at + SUGGESTION.length, -2)
    text = text.slice(0, at)
  }
  const translated = translateOne(text, translator)
  if (translated === null) return message
  return suggestion === undefined ? translated : `${translated}\n${translator.t('cli.usage.didYouMean', { suggestion })}`
}

function translateOne(text: string, translator: Translator): string | null {
  for (const { pattern, key } of USAGE_ERRORS) {
    const groups = pattern.exec(text)?.groups
    if (groups) return translator.t(key, numbered(groups))
  }
  const invalid = INVALID_VALUE.exec(text)?.groups
  if (!invalid) return null
  // The reason is commander's for a value not among the choices, else the CLI's own (already translated).
  const choices = CHOICES.exec(invalid.reason ?? '')?.groups?.choices
  const reason = choices === undefined ? (invalid.reason ?? '') : translator.t('cli.usage.allowedChoices', { choices: choices.split(', ').join(translator.t('cli.help.separator')) })
  return translator.t('cli.usage.invalidValue', { name: invalid.name ?? '', value: invalid.value ?? '', reason })
}

/** Counts as numbers, so the message's plural picks its form and its digits are the user's. */
function numbered(groups: Record<string, string | undefined>): MessageValues {
  const values: MessageValues = {}
  for (const [name, value] of Object.entries(groups)) values[name] = name === 'expected' || name === 'got' ? Number(value) : (value ?? '')
  return values
}
