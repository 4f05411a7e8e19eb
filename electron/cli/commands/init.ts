import { basename, resolve } from 'node:path'
import type { Command } from 'commander'
import { initProject } from '../../core'
import type { CliEnvironment } from '../environment'
import { forTerminal } from '../terminal-text'

export function registerInit(program: Command, environment: CliEnvironment): void {
  program
    .command('init')
    .description('create an empty project in a folder (made if missing; it must be empty)')
    .argument('<dir>', 'the project folder')
    .option('--name <name>', 'the project name (default: the folder name)')
    .action(async (dir: string, options: { name?: string }) => {
      const projectDir = resolve(dir)
      const name = options.name?.trim() || basename(projectDir)
      await initProject(projectDir, name)
      environment.stdout.write(`${forTerminal(`Created the project "${name}" in ${projectDir}`, false)}\n`)
    })
}
