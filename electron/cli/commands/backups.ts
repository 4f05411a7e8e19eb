import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { BackupInfo } from '../../core/shared/model/backups'
import { say as sayIn } from '../../core/shared/i18n/said'
import type { CliText } from '../cli-text'
import { UsageError, withProject, type CliEnvironment } from '../environment'
import { forTerminal } from '../terminal-text'

const COLUMNS = ['cli.backups.name', 'cli.backups.created', 'cli.backups.reason', 'cli.backups.documents', 'cli.backups.check'] as const

export function registerBackups(program: Command, environment: CliEnvironment, text: CliText): void {
  program
    .command('backups')
    .description(text.help('cli.backups.description'))
    .requiredOption('--project <dir>', text.help('cli.option.project'))
    .option('--json', text.help('cli.option.jsonColumns'))
    .action(async (options: { project: string; json?: boolean }) => {
      const dir = resolve(options.project)
      const [{ listSnapshots }, { projectFileNeedsRecovery }] = await Promise.all([import('../../core/store/backups'), import('../../core/store/project-recovery')])
      // A project whose project.json is damaged cannot be opened, but its backups are what brings it back.
      const backups: BackupInfo[] = (await projectFileNeedsRecovery(dir))
        ? await listSnapshots(dir)
        : await withProject(environment, dir, { readOnly: true }, (core) => core.call('backups.list', {}))
      if (options.json) {
        environment.stdout.write(`${JSON.stringify(backups, null, 2)}\n`)
        return
      }
      environment.stdout.write(`${COLUMNS.map((key) => text.t(key)).join('\t')}\n`)
      // The name, time and reason are the backup's own (its file name says them): as stored.
      for (const backup of backups) {
        const documents = text.translator.number(backup.documentCount, { useGrouping: false })
        environment.stdout.write(`${forTerminal([backup.name, backup.createdAt, backup.reason, documents, describeCheck(backup, text)].join('\t'))}\n`)
      }
    })

  program
    .command('restore')
    .description(text.help('cli.restore.description'))
    .requiredOption('--project <dir>', text.help('cli.option.project'))
    .option('--rebuild', text.help('cli.restore.rebuild'))
    .argument('[backup]', text.help('cli.restore.backup'))
    .action(async (name: string | undefined, options: { project: string; rebuild?: boolean }) => {
      const dir = resolve(options.project)
      const say = (text: string): void => void environment.stdout.write(`${forTerminal(text, false)}\n`)
      const { projectFileNeedsRecovery, recoverProjectFile } = await import('../../core/store/project-recovery')
      if (await projectFileNeedsRecovery(dir)) {
        if (name === undefined && !options.rebuild) throw new UsageError(text.t('cli.restore.nameTheBackupOrRebuild', { dir }))
        const outcome = await recoverProjectFile(dir, options.rebuild ? null : (name ?? null))
        say(outcome.from ? text.t('cli.restore.projectFileRestored', { dir, backup: outcome.from }) : text.t('cli.restore.projectFileRebuilt', { dir }))
        if (outcome.addedDocuments > 0) say(text.t('cli.restore.documentsListedAgain', { count: outcome.addedDocuments }))
        // The core's notes on what it could not recover.
        for (const note of outcome.notes) say(sayIn(text.translator, note))
        return
      }
      if (options.rebuild) throw new UsageError(text.t('cli.restore.nothingToRebuild', { dir }))
      if (name === undefined) throw new UsageError(text.t('cli.restore.nameTheBackup', { dir }))
      const outcome = await withProject(environment, dir, {}, (core) => core.call('backups.restore', { name }))
      say(text.t('cli.restore.restored', { project: options.project, backup: outcome.restored, undo: outcome.undo }))
    })
}

/** verified (checksums match), readable (taken before checksums; every file parses), unchecked, or what is damaged (the core's words). */
function describeCheck(backup: BackupInfo, text: CliText): string {
  if (backup.verification === 'verified') return text.t('cli.backups.verified')
  if (backup.verification === 'readable') return text.t('cli.backups.readable')
  if (backup.verification === 'unchecked') return text.t('cli.backups.unchecked')
  return text.t('cli.backups.damaged', { problems: backup.problems.join(' ') })
}
