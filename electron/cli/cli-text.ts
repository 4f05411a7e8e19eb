import type { Argument, Command, HelpConfiguration, Option } from 'commander'
import { catalogueOf, type MessageKey } from '../core/shared/i18n/catalogue'
import type { MessageValues, Translator } from '../core/shared/i18n/translator'

/** Commander's own headings, in the help it prints. */
const TITLES: Record<string, MessageKey> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Global Options:': 'cli.help.globalOptions',
  'Commands:': 'cli.help.commands'
}

/**
 * What the CLI says, in the user's language. Help texts are given to commander as their message keys and
 * translated only when help is printed: a command that prints no help parses none of its messages (a
 * message's first parse costs far more than the command's own work in `tessera list --json`).
 */
export class CliText {
  private readonly helpValues = new Map<string, MessageValues>()

  constructor(readonly translator: Translator) {}

  readonly t = (key: MessageKey, values?: MessageValues): string => this.translator.t(key, values)

  /** A help text for commander: its key now, its words when help is printed. */
  help(key: MessageKey, values?: MessageValues): string {
    if (values) this.helpValues.set(key, values)
    return key
  }

  /** A description commander holds, for the help: a key translated, any other text as it is. */
  describe(description: string | undefined): string {
    if (!description || !Object.hasOwn(catalogueOf('en'), description)) return description ?? ''
    return this.t(description as MessageKey, this.helpValues.get(description))
  }

  /** Commander's help with the descriptions, headings and "(choices: …, default: …)" in the user's language. */
  helpConfiguration(): HelpConfiguration {
    return {
      styleTitle: (title) => (Object.hasOwn(TITLES, title) ? this.t(TITLES[title] as MessageKey) : title),
      commandDescription: (command: Command) => this.describe(command.description()),
      subcommandDescription: (command: Command) => this.describe(command.summary() || command.description()),
      optionDescription: (option: Option) => this.withDetails(option.description, this.optionDetails(option)),
      argumentDescription: (argument: Argument) => this.withDetails(argument.description, this.details(argument.argChoices, argument.defaultValue, argument.defaultValueDescription))
    }
  }

  /** As commander shows them: a default only for an option that takes a value (or a boolean's explicit one). */
  private optionDetails(option: Option): string[] {
    const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean')
    return this.details(option.argChoices, showDefault ? (option.defaultValue as unknown) : undefined, option.defaultValueDescription)
  }

  private details(choices: readonly string[] | undefined, defaultValue: unknown, defaultDescription: string | undefined): string[] {
    const details: string[] = []
    if (choices) details.push(this.t('cli.help.choices', { choices: choices.map((choice) => JSON.stringify(choice)).join(this.t('cli.help.separator')) }))
    if (defaultValue !== undefined) details.push(this.t('cli.help.default', { value: defaultDescription || JSON.stringify(defaultValue) }))
    return details
  }

  private withDetails(description: string, details: string[]): string {
    const text = this.describe(description)
    if (details.length === 0) return text
    const extra = `(${details.join(this.t('cli.help.separator'))})`
    return text ? `${text} ${extra}` : extra
  }
}
