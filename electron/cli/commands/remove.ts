import { access } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Command } from 'commander'
import { toApiError } from '../../core'
import type { DocumentRemovalResult } from '../../core/shared/api-types'
import { UsageError, withProject, type CliEnvironment } from '../environment'
import { callRunningApp } from '../handoff'
import { forTerminal } from '../terminal-text'

/** "2 documents", "1 annotation": counts the way the app's confirmation says them. */
export function counted(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`
}

export function registerRemove(program: Command, environment: CliEnvironment): void {
  program
    .command('remove')
    .description('delete documents (ids as tessera list shows them) with their annotations, relations and entity links; nothing is deleted if any id is unknown')
    .requiredOption('--project <dir>', 'the project folder')
    .option('--json', 'print what was deleted as JSON')
    .argument('<ids...>', 'the ids of the documents to delete')
    .action(async (ids: string[], options: { project: string; json?: boolean }) => {
      const dir = resolve(options.project)
      // Opening a folder that holds no project would make one: deleting from it is a mistake to name instead.
      if (!(await access(join(dir, 'project.json')).then(() => true, () => false))) throw new UsageError(`${dir} holds no Tessera project (no project.json).`)
      let handedOff = false
      const result: DocumentRemovalResult = await withProject(environment, dir, {}, (core) => core.call('documents.remove', { documentIds: ids })).catch(async (error: unknown) => {
        const refusal = toApiError(error)
        if (refusal.code !== 'locked') throw error
        // The app has the project open: it deletes them, so its window follows and its Undo can bring them back.
        handedOff = true
        return callRunningApp(dir, 'documents.remove', { documentIds: ids }, refusal.message, 'the deletion')
      })
      if (options.json) {
        environment.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
        return
      }
      const also = [counted(result.annotations, 'annotation'), counted(result.relations, 'relation')].join(' and ')
      const where = handedOff ? ' in the open Tessera (Undo there brings them back)' : ''
      environment.stdout.write(`${forTerminal(`Deleted ${counted(result.documentIds.length, 'document')} with ${also}${where}: ${result.documentIds.join(' ')}`, false)}\n`)
    })
}
