import type { Command } from 'commander'
import { withProject, type CliEnvironment } from '../environment'
import { forTerminal } from '../terminal-text'

const COLUMNS = ['id', 'title', 'source', 'date', 'status', 'annotations']
const STATUS_WORDS = { 'not-started': 'not started', 'in-progress': 'in progress', done: 'done' } as const

/** Tabs and line breaks inside a value would break the columns; escape sequences would take over the terminal. */
function cell(value: string | number | null): string {
  return forTerminal(String(value ?? '').replace(/[\t\r\n]+/g, ' '), false)
}

export function registerList(program: Command, environment: CliEnvironment): void {
  program
    .command('list')
    .description('list the documents of a project: id, title, outlet, date, status, annotations (read-only)')
    .requiredOption('--project <dir>', 'the project folder')
    .option('--json', 'print JSON instead of tab-separated columns')
    .action(async (options: { project: string; json?: boolean }) => {
      const documents = await withProject(environment, options.project, { readOnly: true }, (core) =>
        core.call('documents.list', {})
      )
      if (options.json) {
        environment.stdout.write(`${JSON.stringify(documents, null, 2)}\n`)
        return
      }
      const rows = documents.map((d) => [d.id, d.title, d.source, d.date, STATUS_WORDS[d.status], d.annotationCount].map(cell))
      for (const row of [COLUMNS, ...rows]) environment.stdout.write(`${row.join('\t')}\n`)
    })
}
