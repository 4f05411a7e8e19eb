import { Command, CommanderError } from 'commander'
import { version } from '../../package.json'
import { registerAddress } from './commands/address'
import { registerBackups } from './commands/backups'
import { registerExport } from './commands/export'
import { registerImport } from './commands/import'
import { registerInfo } from './commands/info'
import { registerInit } from './commands/init'
import { registerList } from './commands/list'
import { registerRemove } from './commands/remove'
import { registerServe } from './commands/serve'
import { nameLockHolder } from '../core/store/lock'
import { UsageError, type CliEnvironment } from './environment'
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

function buildProgram(environment: CliEnvironment): Command {
  const program = new Command('tessera')
    .description('Tessera: annotate news articles (claims, actors, places, figures) and export the spans as datasets.')
    .version(version)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => environment.stdout.write(text),
      writeErr: (text) => environment.stderr.write(text),
      outputError: (text, write) => write(oneLine(text))
    })
  // A project this command locks names it, so another command that finds it locked can say to wait.
  program.hook('preAction', (_program, action) => nameLockHolder(`tessera ${action.name()}`))
  registerInit(program, environment)
  registerInfo(program, environment)
  registerServe(program, environment)
  registerAddress(program, environment)
  registerList(program, environment)
  registerImport(program, environment)
  registerRemove(program, environment)
  registerExport(program, environment)
  registerBackups(program, environment)
  return program
}

/** Runs `tessera <argv>` and resolves to the exit code; never throws and never calls process.exit. */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  try {
    if (argv.length === 0) throw new UsageError('no command given; run tessera --help to see the commands.')
    await buildProgram(environment).parseAsync([...argv], { from: 'user' })
    return 0
  } catch (error) {
    // Commander has already printed its own errors through outputError.
    if (error instanceof CommanderError) return QUIET_EXITS.has(error.code) ? 0 : EXIT_USAGE
    environment.stderr.write(oneLine(error instanceof Error ? error.message : String(error)))
    return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILURE
  }
}
