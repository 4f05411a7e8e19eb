import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { BackupInfo } from '../../core/shared/model/backups'
import { listSnapshots } from '../../core/store/backups'
import { projectFileNeedsRecovery, recoverProjectFile } from '../../core/store/project-recovery'
import { UsageError, withProject, type CliEnvironment } from '../environment'
import { forTerminal } from '../terminal-text'

export function registerBackups(program: Command, environment: CliEnvironment): void {
  program
    .command('backups')
    .description("list the project's backups, newest first (read-only)")
    .requiredOption('--project <dir>', 'the project folder')
    .option('--json', 'print JSON instead of tab-separated columns')
    .action(async (options: { project: string; json?: boolean }) => {
      const dir = resolve(options.project)
      // A project whose project.json is damaged cannot be opened, but its backups are what brings it back.
      const backups: BackupInfo[] = (await projectFileNeedsRecovery(dir))
        ? await listSnapshots(dir)
        : await withProject(environment, dir, { readOnly: true }, (core) => core.call('backups.list', {}))
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
    .description(
      'restore the project from a backup (the current state is backed up first, so this can be undone); when project.json is damaged, only project.json is restored (or rebuilt with --rebuild) and the documents are kept'
    )
    .requiredOption('--project <dir>', 'the project folder')
    .option('--rebuild', 'project.json is damaged and no backup has a readable one: rebuild it from what it still holds and the documents')
    .argument('[backup]', 'the backup name, as tessera backups lists it')
    .action(async (name: string | undefined, options: { project: string; rebuild?: boolean }) => {
      const dir = resolve(options.project)
      const say = (text: string): void => void environment.stdout.write(`${forTerminal(text, false)}\n`)
      if (await projectFileNeedsRecovery(dir)) {
        if (name === undefined && !options.rebuild) throw new UsageError(`${dir}/project.json is damaged: name the backup to take it from (tessera backups --project ${dir}), or give --rebuild.`)
        const outcome = await recoverProjectFile(dir, options.rebuild ? null : (name ?? null))
        say(outcome.from ? `Restored project.json of ${dir} from the backup ${outcome.from}; the documents are as they were.` : `Rebuilt project.json of ${dir}; the documents are as they were.`)
        if (outcome.addedDocuments > 0) say(`${outcome.addedDocuments} document(s) the file did not list (added since the backup) are listed again.`)
        outcome.notes.forEach(say)
        return
      }
      if (options.rebuild) throw new UsageError(`${dir}/project.json is readable: there is nothing to rebuild.`)
      if (name === undefined) throw new UsageError(`name the backup to restore (tessera backups --project ${dir} lists them).`)
      const outcome = await withProject(environment, dir, {}, (core) => core.call('backups.restore', { name }))
      say(`Restored ${options.project} from ${outcome.restored}. To undo, run: tessera restore --project ${options.project} ${outcome.undo}`)
    })
}

/** verified (checksums match), readable (taken before checksums; every file parses), or what is damaged. */
function describeCheck(backup: BackupInfo): string {
  if (backup.verification !== 'damaged') return backup.verification
  return `damaged: ${backup.problems.join(' ')}`
}
