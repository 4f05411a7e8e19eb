import { Command, CommanderError } from 'commander'
import { version } from '../../package.json'
import { registerAddress } from './commands/address'
import { registerAgreement } from './commands/agreement'
import { registerBackups } from './commands/backups'
import { registerExport } from './commands/export'
import { registerImport } from './commands/import'
import { registerInfo } from './commands/info'
import { registerInit } from './commands/init'
import { registerList } from './commands/list'
import { registerRemove } from './commands/remove'
import { registerServe } from './commands/serve'
import { registerServer } from './commands/server'
import { nameLockHolder } from '../core/store/lock'
import { ApiError } from '../core/shared/errors'
import { say } from '../core/shared/i18n/said'
import { CliText } from './cli-text'
import { translateUsageError } from './commander-errors'
import { UsageError, type CliEnvironment } from './environment'
import { cliTranslator } from './language'
import { forTerminal } from './terminal-text'

export type { CliEnvironment } from './environment'

const EXIT_FAILURE = 1
const EXIT_USAGE = 2
const QUIET_EXITS = new Set(['commander.helpDisplayed', 'commander.version'])

/**
 * One line, whatever the message: a CLI error is read in a terminal or a log, not a stack trace. It may
 * quote a file name or a title, so escape sequences are removed.
 */
function oneLine(message: string): string {
  // Split and trim rather than /\s*\n\s*/: that pattern backtracks quadratically over a long run of spaces.
  const lines = message.replace(/^error: /, '').split('\n').map((line) => line.trim())
  return `tessera: ${forTerminal(lines.filter((line) => line !== '').join(' '), false)}\n`
}

function buildProgram(environment: CliEnvironment, text: CliText): Command {
  // Settings made before the commands are added are inherited by them (help, output, exit override).
  const program = new Command('tessera')
    .description(text.help('cli.program.description'))
    .version(version, '-V, --version', text.help('cli.help.version'))
    .helpOption('-h, --help', text.help('cli.help.help'))
    .helpCommand('help [command]', text.help('cli.help.help'))
    .configureHelp(text.helpConfiguration())
    .exitOverride()
    .configureOutput({
      writeOut: (output) => environment.stdout.write(output),
      writeErr: (output) => environment.stderr.write(output),
      outputError: (output, write) => write(oneLine(translateUsageError(output.replace(/^error: /, ''), text.translator)))
    })
  // A project this command locks names it, so another command that finds it locked can say to wait.
  program.hook('preAction', (_program, action) => nameLockHolder(`tessera ${action.name()}`))
  registerInit(program, environment, text)
  registerInfo(program, environment, text)
  registerServe(program, environment, text)
  registerAddress(program, environment, text)
  registerList(program, environment, text)
  registerImport(program, environment, text)
  registerRemove(program, environment, text)
  registerExport(program, environment, text)
  registerBackups(program, environment, text)
  registerAgreement(program, environment, text)
  registerServer(program, environment, text)
  return program
}

/** Runs `tessera <argv>` and resolves to the exit code; never throws and never calls process.exit. */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  const text = new CliText(cliTranslator(environment.env ?? process.env))
  try {
    if (argv.length === 0) throw new UsageError(text.t('cli.noCommand'))
    await buildProgram(environment, text).parseAsync([...argv], { from: 'user' })
    return 0
  } catch (error) {
    // Commander has already printed its own errors through outputError.
    if (error instanceof CommanderError) return QUIET_EXITS.has(error.code) ? 0 : EXIT_USAGE
    environment.stderr.write(oneLine(error instanceof ApiError && error.said ? say(text.translator, error.said) : error instanceof Error ? error.message : String(error)))
    return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILURE
  }
}
