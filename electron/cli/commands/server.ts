import type { Command } from 'commander'
import type { CliText } from '../cli-text'
import type { CliEnvironment } from '../environment'
import { UsageError } from '../environment'
import { forTerminal } from '../terminal-text'

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
      const pool = team.openPool(url, 1)
      try {
        const client = await team.connect(pool, url)
        try {
          const outcome = await team.migrate(client)
          const lines = outcome.applied.map(({ version, name }) => text.t('cli.server.migrate.applied', { version, name }))
          lines.push(text.t('cli.server.migrate.current', { version: outcome.version }))
          environment.stdout.write(`${lines.map((line) => forTerminal(line, false)).join('\n')}\n`)
        } finally {
          client.release()
        }
      } finally {
        await pool.end()
      }
    })
}
