import { basename, resolve } from 'node:path'
import type { Command } from 'commander'
import type { CliText } from '../cli-text'
import { loadCore, type CliEnvironment } from '../environment'
import { forTerminal } from '../terminal-text'

export function registerInit(program: Command, environment: CliEnvironment, text: CliText): void {
  program
    .command('init')
    .description(text.help('cli.init.description'))
    .argument('<dir>', text.help('cli.option.project'))
    .option('--name <name>', text.help('cli.init.name'))
    .action(async (dir: string, options: { name?: string }) => {
      const projectDir = resolve(dir)
      const name = options.name?.trim() || basename(projectDir)
      const { initProject } = await loadCore()
      await initProject(projectDir, name)
      environment.stdout.write(`${forTerminal(text.t('cli.init.created', { name, dir: projectDir }), false)}\n`)
    })
}
