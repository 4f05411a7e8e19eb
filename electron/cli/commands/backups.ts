import type { Command } from 'commander'
import type { BackupInfo } from '../../core/model/backups'
import { withProject, type CliEnvironment } from '../environment'
import { forTerminal } from '../terminal-text'

export function registerBackups(program: Command, environment: CliEnvironment): void {
  program
    .command('backups')
    .description("list the project's backups, newest first (read-only)")
    .requiredOption('--project <dir>', 'the project folder')
    .option('--json', 'print JSON instead of tab-separated columns')
    .action(async (options: { project: string; json?: boolean }) => {
      const backups = await withProject(environment, options.project, { readOnly: true }, (core) => core.call('backups.list', {}))
      if (options.json) {
        environment.stdout.write(`${JSON.stringify(backups, null, 2)}\n`)
        return
      }
      environment.stdout.write('name\tcreated\treason\tdocuments\tcheck\n')
      for (const backup of backups) {
        environment.stdout.write(`${forTerminal([backup.name, backup.createdAt, backup.reason, String(backup.documentCount), describeCheck(backup)].join('\t'))}\n`)
      }
    })

  program
    .command('restore')
    .description('restore the project from a backup (the current state is backed up first, so this can be undone)')
    .requiredOption('--project <dir>', 'the project folder')
    .argument('<backup>', 'the backup name, as tessera backups lists it')
    .action(async (name: string, options: { project: string }) => {
      const outcome = await withProject(environment, options.project, {}, (core) => core.call('backups.restore', { name }))
      environment.stdout.write(forTerminal(`Restored ${options.project} from ${outcome.restored}. To undo, run: tessera restore --project ${options.project} ${outcome.undo}`, false) + '\n')
    })
}

/** verified (checksums match), readable (taken before checksums; every file parses), or what is damaged. */
function describeCheck(backup: BackupInfo): string {
  if (backup.verification !== 'damaged') return backup.verification
  return `damaged: ${backup.problems.join(' ')}`
}
