import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { CliText } from '../cli-text'
import type { CliEnvironment } from '../environment'
import { UsageError } from '../environment'
import { forTerminal } from '../terminal-text'
import { passwordFromPipe, passwordFromTerminal, type PasswordSource } from '../password-input'

interface DatabaseOptions {
  database?: string
}

/** The connection string: --database, else TESSERA_DATABASE; a usage error naming both when neither is given. */
function databaseUrl(options: DatabaseOptions, environment: CliEnvironment, text: CliText): string {
  const url = options.database ?? (environment.env ?? process.env)['TESSERA_DATABASE']
  if (!url) throw new UsageError(text.t('problems.team.noDatabase'))
  return url
}

export function registerServer(program: Command, environment: CliEnvironment, text: CliText): void {
  const server = program.command('server').description(text.help('cli.server.description'))
  server
    .command('migrate')
    .description(text.help('cli.server.migrate.description'))
    .option('--database <url>', text.help('cli.server.option.database'))
    .action(async (options: DatabaseOptions) => {
      const url = databaseUrl(options, environment, text)
      // PostgreSQL's client loads with the command that needs it, not with every CLI call.
      const team = await import('../../team')
      await team.withDatabase(url, async (client) => {
        const outcome = await team.migrate(client)
        const lines = outcome.applied.map(({ version, name }) => text.t('cli.server.migrate.applied', { version, name }))
        lines.push(text.t('cli.server.migrate.current', { version: outcome.version }))
        environment.stdout.write(`${lines.map((line) => forTerminal(line, false)).join('\n')}\n`)
      })
    })

  server
    .command('add-user <name>')
    .description(text.help('cli.server.addUser.description'))
    .requiredOption('--role <role>', text.help('cli.server.option.role'))
    .option('--database <url>', text.help('cli.server.option.database'))
    .option('--password-stdin', text.help('cli.server.option.passwordStdin'))
    .action(async (name: string, options: DatabaseOptions & { role: string; passwordStdin?: boolean }) => {
      const url = databaseUrl(options, environment, text)
      const stdin: PasswordSource = environment.stdin ?? process.stdin
      if (!options.passwordStdin && !stdin.isTTY) throw new UsageError(text.t('cli.server.addUser.noTerminal'))
      const password = options.passwordStdin ? await passwordFromPipe(stdin) : await passwordFromTerminal(stdin, text.t('cli.server.addUser.prompt', { name }), environment.stderr)
      if (password === null || password === '') throw new UsageError(text.t('cli.server.addUser.cancelled'))
      const team = await import('../../team')
      await team.withDatabase(url, async (client) => {
        const added = await team.addUser(client, { name, role: options.role as never, password })
        environment.stdout.write(`${forTerminal(text.t('cli.server.addUser.added', { name: added.name, role: added.role }), false)}\n`)
      })
    })

  server
    .command('import-project <dir>')
    .description(text.help('cli.server.importProject.description'))
    .option('--database <url>', text.help('cli.server.option.database'))
    .action(async (dir: string, options: DatabaseOptions) => {
      const url = databaseUrl(options, environment, text)
      const team = await import('../../team')
      await team.withDatabase(url, async (client) => {
        const uploaded = await team.importProject(client, resolve(dir))
        environment.stdout.write(`${forTerminal(text.t('cli.server.importProject.done', { ...uploaded }), false)}\n`)
      })
    })
}

