import { access } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Command } from 'commander'
import type { DocumentRemovalResult } from '../../core/shared/api-types'
import type { CliText } from '../cli-text'
import { loadCore, UsageError, withProject, type CliEnvironment } from '../environment'
import { callRunningApp } from '../handoff'
import { forTerminal } from '../terminal-text'

export function registerRemove(program: Command, environment: CliEnvironment, text: CliText): void {
  program
    .command('remove')
    .description(text.help('cli.remove.description'))
    .requiredOption('--project <dir>', text.help('cli.option.project'))
    .option('--json', text.help('cli.remove.json'))
    .argument('<ids...>', text.help('cli.remove.ids'))
    .action(async (ids: string[], options: { project: string; json?: boolean }) => {
      const dir = resolve(options.project)
      // Opening a folder that holds no project would make one: deleting from it is a mistake to name instead.
      if (!(await access(join(dir, 'project.json')).then(() => true, () => false))) throw new UsageError(text.t('cli.remove.noProject', { dir }))
      let handedOff = false
      const result: DocumentRemovalResult = await withProject(environment, dir, {}, (core) => core.call('documents.remove', { documentIds: ids })).catch(async (error: unknown) => {
        const refusal = (await loadCore()).toApiError(error)
        if (refusal.code !== 'locked') throw error
        // The app has the project open: it deletes them, so its window follows and its Undo can bring them back.
        handedOff = true
        return callRunningApp(dir, 'documents.remove', { documentIds: ids }, { lockMessage: refusal.message, work: 'deletion', translator: text.translator })
      })
      if (options.json) {
        environment.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
        return
      }
      const counts = { documents: result.documentIds.length, annotations: result.annotations, relations: result.relations, ids: result.documentIds.join(' ') }
      environment.stdout.write(`${forTerminal(text.t(handedOff ? 'cli.remove.deletedInApp' : 'cli.remove.deleted', counts), false)}\n`)
    })
}
